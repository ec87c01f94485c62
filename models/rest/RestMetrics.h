#pragma once

#include <array>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>

/// Request counts and latency histograms by route and status, and quota refusals by
/// reason, in Prometheus' text exposition format. Thread-safe (one mutex: a few
/// increments per request).
class RestMetrics final
{
public:
    /// Upper bounds of the latency buckets, in seconds.
    static constexpr std::array<double, 11> Buckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

    void record(const QByteArray &method, const QString &route, int status, double seconds);
    void countRefusal(const QString &reason);
    /// Everything so far; `cacheLookups` (hits, misses recorded by the database), when known, too.
    QByteArray prometheusText(std::optional<std::pair<qint64, qint64>> cacheLookups) const;

private:
    struct Latency
    {
        std::array<qint64, Buckets.size()> buckets{};
        qint64 count = 0;
        double sum = 0;
    };

    mutable QMutex m_mutex;
    QMap<std::pair<QString, int>, qint64> m_requests; // (method route, status)
    QMap<QString, Latency> m_latency;                 // method route
    QMap<QString, qint64> m_refusals;                 // reason
};
