#pragma once

#include <QList>
#include <QWidget>

class QAbstractItemView;
class QLineEdit;

/// One page of the main window. A page loads its data off the GUI thread in refresh()
/// and emits loaded() each time fresh data are on screen.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // "overview", "quotas", "cache", "audit"
    virtual QString title() const = 0;

    /// The table "Export CSV" writes, the charts "Save chart" offers, the field Find focuses.
    virtual QAbstractItemView *exportableView() const { return nullptr; }
    virtual QList<QWidget *> charts() const { return {}; }
    virtual QLineEdit *findField() const { return nullptr; }

    bool hasLoaded() const { return m_loaded; }

public slots:
    virtual void refresh() = 0;

signals:
    void loaded();
    void failed(const QString &message);

protected:
    void setLoaded()
    {
        m_loaded = true;
        emit loaded();
    }

private:
    bool m_loaded = false;
};
