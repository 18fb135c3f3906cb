#include "core/portal/SessionTokenRequest.h"

#include "core/portal/PortalClient.h"

namespace segurdesk::portal {

std::optional<PortalError> SessionTokenRequest::handleSuccess(const Answer& answer)
{
    if (std::optional<PortalError> failure = JsonReplyRequest::handleSuccess(answer))
        return failure;
    QByteArray token = Session::tokenOf(answer.body);
    if (token.isEmpty())
        return malformedReply(QStringLiteral("token: expected an opaque token"));
    if (PortalClient* owner = client())
        owner->setBearerToken(std::move(token));
    return std::nullopt;
}

void SessionTokenRequest::redact(QJsonObject& json) const
{
    json.remove(QLatin1String("token"));
}

} // namespace segurdesk::portal
