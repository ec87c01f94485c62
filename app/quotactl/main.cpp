#include <QCoreApplication>

#include "Quotactl.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quotactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTADESK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Quotadesk"));
    return Quotactl().run(QCoreApplication::arguments());
}
