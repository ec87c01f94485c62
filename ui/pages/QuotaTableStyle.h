#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

/// Colors a QuotaTableModel for views: level cells at warning or above get their level's
/// color (LevelColors) with a text color that contrasts with it, "ok" cells a green dot;
/// the plan cell of a user whose plan has no limits row gets a warning icon. Everything
/// else passes through, palette untouched.
class QuotaTableStyle final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaTableStyle)

public:
    explicit QuotaTableStyle(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    /// A small filled circle in `color`.
    static QIcon dot(const QColor &color);
};
