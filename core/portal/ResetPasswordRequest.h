#pragma once

#include "core/portal/EmptyReplyRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// POST /auth/reset-password: a new password with the mailed code (and the secret answer when one
// is set; pass an empty one otherwise). A wrong code, login or answer: ValidationFailed at "code".
class ResetPasswordRequest final : public EmptyReplyRequest
{
public:
    ResetPasswordRequest(PortalClient& client, const QString& login, const QString& code, const QString& secretAnswer,
                         const QString& newPassword, const QString& confirmation, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
