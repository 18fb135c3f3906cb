#pragma once

#include "core/portal/JsonReplyRequest.h"
#include "core/portal/Session.h"

namespace segurdesk::portal {

// GET /auth/session: the account behind the current token.
class SessionRequest final : public JsonReplyRequest<Session>
{
public:
    explicit SessionRequest(PortalClient& client, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
