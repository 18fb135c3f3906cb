#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/MailSummary.h"
#include "core/portal/Page.h"

namespace segurdesk::portal {

// GET /mails: a page of the mails sent to the account (polled), optionally of one dossier.
class MailListRequest final : public JsonReplyRequest<Page<MailSummary>>
{
public:
    MailListRequest(PortalClient& client, qint64 page = 1, qint64 perPage = 20, const QString& enrollmentId = {},
                    const QString& advanceRequestId = {}, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
