#pragma once

#include "Page.h"

class AppContext;

/// Placeholder until the page is built (see the dashboard issue).
class QuotasPage final : public Page
{
    Q_OBJECT

public:
    explicit QuotasPage(AppContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("quotas"); }
    QString title() const override { return tr("Quotas"); }

protected:
    void load() override { loadFinished(); }

private:
    AppContext &m_context;
};
