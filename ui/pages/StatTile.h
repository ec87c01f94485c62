#pragma once

#include <QFrame>

class QLabel;

/// One figure of the overview: a caption, a big value, a line of detail. The accent
/// (a level name: ok, warning, critical, exceeded, or empty) colors its left edge.
/// The value never clips: when it is wider than the tile (100,000 users, $14,599.99 in a
/// narrow column, a long translation) its font shrinks to fit, and the tooltip has it all.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    void setAccent(const QString &level);
    QString value() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitValue();

    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    qreal m_valuePointSize = 0; // the value's size when it fits
};
