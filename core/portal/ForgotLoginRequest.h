#pragma once

#include "core/portal/EmptyReplyRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /auth/forgot-login: mails the logins attached to an address (202 whether known or not).
class ForgotLoginRequest final : public EmptyReplyRequest
{
public:
    ForgotLoginRequest(PortalClient& client, const QString& email, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
