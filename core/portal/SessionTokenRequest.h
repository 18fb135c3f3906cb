#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/Session.h"

namespace segurdesk::portal {

// A request answered with a Session carrying a fresh bearer token (login, password change):
// the token goes into the PortalClient and nowhere else.
class SessionTokenRequest : public JsonReplyRequest<Session>
{
protected:
    using JsonReplyRequest::JsonReplyRequest;

    std::optional<PortalError> handleSuccess(const Answer& answer) override;
    // The token goes to the client only: json() never holds it.
    void redact(QJsonObject& json) const override;
};

} // namespace segurdesk::portal
