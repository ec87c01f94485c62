#include "costs/AlertWebhook.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Result<QUrl> AlertWebhook::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return Result<QUrl>::failure(tr("The webhook must be an http:// or https:// URL, not \"%1\".").arg(text));
    return url;
}

QJsonObject AlertWebhook::payload(const QList<Alert> &alerts)
{
    QJsonArray list;
    QStringList lines;
    for (const Alert &alert : alerts) {
        list.append(alert.toJson());
        lines << alert.text();
    }
    const QString text = alerts.size() == 1 ? lines.constFirst()
                                             : tr("Quotadesk: %n alert(s)", nullptr, int(alerts.size())) + u'\n' + lines.join(u'\n');
    return {{QStringLiteral("text"), text}, {QStringLiteral("alerts"), list}};
}

Status AlertWebhook::post(const QUrl &url, const QJsonObject &payload)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = network.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString error = reply->errorString();
    const bool failed = reply->error() != QNetworkReply::NoError || status < 200 || status > 299;
    reply->deleteLater();
    if (failed)
        return Status::failure(tr("The webhook %1 did not take the alert (%2): nothing is marked as sent.")
                                   .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), status ? QString::number(status) : error));
    return {};
}
