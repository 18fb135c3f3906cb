#include "core/portal/MailRequest.h"

namespace segurdesk::portal {

MailRequest::MailRequest(PortalClient& client, const QString& id, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/mails/{id}"),
                       QStringLiteral("/mails/") + encodeSegment(id), parent)
{
    setPollable(true);
}

} // namespace segurdesk::portal
