#include "core/storage/ApplicationIdentity.h"

#include <QCoreApplication>

namespace segurdesk::storage {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("segurdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegurDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGURDESK_VERSION));
}

} // namespace segurdesk::storage
