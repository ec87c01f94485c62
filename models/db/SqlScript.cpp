#include "db/SqlScript.h"

#include <QRegularExpression>

namespace SqlScript {

QStringList split(const QString &script)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;

    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
    };

    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') { // line comment
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? n : end + 1;
            current += u'\n';
        } else if (c == u'/' && next == u'*') { // block comment (not nested: enough for our files)
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
        } else if (c == u'\'' || c == u'"') { // quoted literal or identifier; doubled quote escapes
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j + 1 - i);
            i = j + 1;
        } else if (c == u'$') {
            const QRegularExpressionMatch m = dollarTag.match(script, i);
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
            } else {
                current += c;
                ++i;
            }
        } else if (c == u';') {
            flush();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

} // namespace SqlScript
