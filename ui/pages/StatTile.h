#pragma once

#include <QFrame>

class QLabel;

/// One figure of the overview: a caption, a big value, a line of detail. The accent
/// (a level name: ok, warning, critical, exceeded, or empty) colors its left edge.
class StatTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    void setAccent(const QString &level);
    QString value() const;

private:
    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
};
