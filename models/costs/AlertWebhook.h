#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include "common/Result.h"
#include "costs/Alerts.h"

/// Sends alerts to a webhook as JSON with a Slack-compatible "text" field:
/// {"text": "...", "alerts": [{...}]}. Blocking (for quotactl and cron, never the GUI
/// thread): one POST, 10 s at most, any 2xx answer is delivered.
class AlertWebhook final
{
    Q_DECLARE_TR_FUNCTIONS(AlertWebhook)

public:
    static constexpr int TimeoutMs = 10000;

    /// http or https only; the error names what is wrong.
    static Result<QUrl> parse(const QString &text);
    /// The message of `alerts`: one alert as itself; several users at exceeded as one
    /// message listing them.
    static QJsonObject payload(const QList<Alert> &alerts);
    static Status post(const QUrl &url, const QJsonObject &payload);
};
