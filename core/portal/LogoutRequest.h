#pragma once

#include "core/portal/EmptyReplyRequest.h"

namespace segurdesk::portal {

// POST /auth/logout: revokes the token. The client forgets it whatever the answer.
class LogoutRequest final : public EmptyReplyRequest
{
public:
    explicit LogoutRequest(PortalClient& client, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
