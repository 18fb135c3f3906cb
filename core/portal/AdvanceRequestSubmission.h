#pragma once

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/JsonReplyRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /advance-requests: requests the advance of a validated enrollment; the portal decides it
// at once. `idempotencyKey` is made when the user clicks and kept until the portal answers, so
// that a resend after a fault is recognised. Field errors come back at "current.applicative"…
class AdvanceRequestSubmission final : public JsonReplyRequest<AdvanceRequestRecord>
{
public:
    AdvanceRequestSubmission(PortalClient& client, const QString& enrollmentId, const model::AdvanceRequest& counts,
                             const QByteArray& idempotencyKey, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
