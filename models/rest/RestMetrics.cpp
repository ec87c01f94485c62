#include "rest/RestMetrics.h"

#include <QMutexLocker>

namespace {

// "GET /api/v1/quota/status" -> method="GET",route="/api/v1/quota/status"; routes are our
// own patterns, so they need no escaping.
QByteArray labels(const QString &methodRoute)
{
    const qsizetype space = methodRoute.indexOf(u' ');
    return "method=\"" + methodRoute.left(space).toUtf8() + "\",route=\"" + methodRoute.mid(space + 1).toUtf8() + '"';
}

} // namespace

void RestMetrics::record(const QByteArray &method, const QString &route, int status, double seconds)
{
    const QString key = QString::fromLatin1(method) + u' ' + route;
    QMutexLocker lock(&m_mutex);
    ++m_requests[{key, status}];
    Latency &latency = m_latency[key];
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++latency.buckets[i];
    }
    ++latency.count;
    latency.sum += seconds;
}

void RestMetrics::countRefusal(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_refusals[reason];
}

QByteArray RestMetrics::prometheusText(std::optional<std::pair<qint64, qint64>> cacheLookups) const
{
    QByteArray out;
    QMutexLocker lock(&m_mutex);
    out += "# HELP quotadesk_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE quotadesk_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += "quotadesk_http_requests_total{" + labels(it.key().first) + ",status=\"" + QByteArray::number(it.key().second) + "\"} "
               + QByteArray::number(it.value()) + '\n';
    out += "# HELP quotadesk_http_request_duration_seconds Time to answer, by route.\n"
           "# TYPE quotadesk_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray l = labels(it.key());
        for (size_t i = 0; i < Buckets.size(); ++i)
            out += "quotadesk_http_request_duration_seconds_bucket{" + l + ",le=\"" + QByteArray::number(Buckets[i]) + "\"} "
                   + QByteArray::number(it->buckets[i]) + '\n';
        out += "quotadesk_http_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} " + QByteArray::number(it->count) + '\n';
        out += "quotadesk_http_request_duration_seconds_sum{" + l + "} " + QByteArray::number(it->sum, 'g', 10) + '\n';
        out += "quotadesk_http_request_duration_seconds_count{" + l + "} " + QByteArray::number(it->count) + '\n';
    }
    out += "# HELP quotadesk_quota_refusals_total Quota checks refused (429), by reason.\n"
           "# TYPE quotadesk_quota_refusals_total counter\n";
    for (auto it = m_refusals.cbegin(); it != m_refusals.cend(); ++it)
        out += "quotadesk_quota_refusals_total{reason=\"" + it.key().toUtf8() + "\"} " + QByteArray::number(it.value()) + '\n';
    if (cacheLookups) {
        out += "# HELP quotadesk_cache_lookups_total Cache lookups recorded by the database, by result.\n"
               "# TYPE quotadesk_cache_lookups_total counter\n"
               "quotadesk_cache_lookups_total{result=\"hit\"} " + QByteArray::number(cacheLookups->first) + "\n"
               "quotadesk_cache_lookups_total{result=\"miss\"} " + QByteArray::number(cacheLookups->second) + '\n';
    }
    return out;
}
