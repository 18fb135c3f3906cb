#pragma once

#include "core/portal/EmptyReplyRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /auth/forgot-password: mails a one-time reset code (202 whether the login is known or not).
class ForgotPasswordRequest final : public EmptyReplyRequest
{
public:
    ForgotPasswordRequest(PortalClient& client, const QString& login, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
