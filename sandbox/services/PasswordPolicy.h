#pragma once

#include "sandbox/http/Problem.h"

#include <QList>
#include <QString>

namespace segurdesk::sandbox {

// The portal's password rules (validation::checkNewPassword) as the API refuses them: errors name
// `new_password` or `new_password_confirmation`, one per rule broken. `current` empty when the
// password is reset by code.
class PasswordPolicy
{
public:
    static QList<FieldError> check(const QString& password, const QString& confirmation, const QString& login,
                                   const QString& current, int minLength);
};

} // namespace segurdesk::sandbox
