#include "QuotasPage.h"

#include <QLabel>
#include <QVBoxLayout>

QuotasPage::QuotasPage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Coming soon."), this));
}
