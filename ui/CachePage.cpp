#include "CachePage.h"

#include <QLabel>
#include <QVBoxLayout>

CachePage::CachePage(AppContext &context, QWidget *parent) : Page(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Coming soon."), this));
}
