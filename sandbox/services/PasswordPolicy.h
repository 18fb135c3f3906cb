#pragma once

#include "sandbox/http/Problem.h"

#include <QList>
#include <QString>

namespace segurdesk::sandbox {

// The portal's password rules: at least `minLength` characters, four classes (lower, upper,
// digit, other), not containing the login. Errors name `new_password` or
// `new_password_confirmation`.
class PasswordPolicy
{
public:
    static QList<FieldError> check(const QString& password, const QString& confirmation, const QString& login,
                                   int minLength);
};

} // namespace segurdesk::sandbox
