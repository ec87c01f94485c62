#include "rest/RestRouter.h"

#include <QStringList>

namespace {

// Segments of `pattern` against `path`: literal segments equal, {name} captures one
// non-empty segment.
bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(u'/');
    const QStringList have = path.split(u'/');
    if (want.size() != have.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want.at(i);
        if (w.startsWith(u'{') && w.endsWith(u'}')) {
            if (have.at(i).isEmpty())
                return false;
            captured.insert(w.mid(1, w.size() - 2), have.at(i));
        } else if (w != have.at(i)) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

} // namespace

RestRouter::Match RestRouter::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const RestRoute &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.pattern, path, &params))
            continue;
        if (route.method != method) {
            result.methodMismatch = true;
            continue;
        }
        result.route = &route;
        result.methodMismatch = false;
        result.params = std::move(params);
        return result;
    }
    return result;
}
