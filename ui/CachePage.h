#pragma once

#include "Page.h"

class AppContext;

/// Placeholder until the page is built (see the dashboard issue).
class CachePage final : public Page
{
    Q_OBJECT

public:
    explicit CachePage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("cache"); }
    QString title() const override { return tr("Cache"); }

protected:
    void load() override { loadFinished(); }

private:
    AppContext &m_context;
};
