#pragma once
// What every benchmark program shares: its output stream, running one SQL statement with a
// clear line when it fails, and medians.

#include <algorithm>

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariantList>

namespace Bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Runs `sql` (prepared when it has binds; VACUUM cannot be prepared); says why it failed.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &binds = {})
{
    bool ok = false;
    if (binds.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant &v : binds)
            query.addBindValue(v);
        ok = query.exec();
    }
    if (ok)
        return true;
    out() << "SQL failed: " << query.lastError().text() << "\n  in: " << sql.left(300) << Qt::endl;
    return false;
}

/// The value at share `p` (0..1) of the sorted `values`; the median is p = 0.5.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(double(values.size()) * p)));
}

inline double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

} // namespace Bench
