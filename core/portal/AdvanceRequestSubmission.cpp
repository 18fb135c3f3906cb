#include "core/portal/AdvanceRequestSubmission.h"

namespace segurdesk::portal {

AdvanceRequestSubmission::AdvanceRequestSubmission(PortalClient& client, const QString& enrollmentId,
                                                   const model::AdvanceRequest& counts,
                                                   const QByteArray& idempotencyKey, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/advance-requests"),
                       QStringLiteral("/advance-requests"), parent)
{
    const auto countsJson = [](const model::MailboxCounts& c) {
        return QJsonObject {{QStringLiteral("applicative"), c.applicative},
                            {QStringLiteral("organizational"), c.organizational},
                            {QStringLiteral("personal"), c.personal}};
    };
    setIdempotencyKey(idempotencyKey);
    setJsonBody(QJsonObject {{QStringLiteral("enrollment_id"), enrollmentId},
                             {QStringLiteral("current"), countsJson(counts.current)},
                             {QStringLiteral("estimated"), countsJson(counts.estimatedAtClosing)}});
}

} // namespace segurdesk::portal
