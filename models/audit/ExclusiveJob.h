#pragma once

#include <optional>

#include <QString>
#include <QUuid>

#include "common/Result.h"

/// A job that runs alone across all clients (quotadesk.job_begin / job_end): the whole of
/// a batched clean-up, or a warm-up. While another session runs one of the same kind,
/// begin() is refused at once (Failure::Busy, worded with since when and by whom). The
/// destructor ends the job; a lost connection ends it on the server by itself.
class ExclusiveJob final
{
public:
    static constexpr const char *CleanupExpired = "cache.cleanup_expired";
    static constexpr const char *Warmup = "cache.warmup";

    ExclusiveJob(QString connectionName, const char *kind);
    ~ExclusiveJob();
    Q_DISABLE_COPY_MOVE(ExclusiveJob)

    Status begin(std::optional<int> staffId, const QUuid &actionId) const;

private:
    QString m_connectionName;
    QString m_kind;
    mutable bool m_begun = false;
};
