#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/MailMessage.h"

namespace segurdesk::portal {

// GET /mails/{id}: one mail with its body (polled).
class MailRequest final : public JsonReplyRequest<MailMessage>
{
public:
    MailRequest(PortalClient& client, const QString& id, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
