#include "sandbox/services/PasswordPolicy.h"

#include "core/validation/AccountSecrets.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

QList<FieldError> PasswordPolicy::check(const QString& password, const QString& confirmation, const QString& login,
                                        const QString& current, int minLength)
{
    const validation::PasswordCheck rules
        = validation::checkNewPassword(password, confirmation, login, current, minLength);
    QList<FieldError> errors;
    const QString field = QStringLiteral("new_password");
    if (!rules.longEnough) {
        errors.append({field, QStringLiteral("password.too_short"),
                       QCoreApplication::translate("PasswordPolicy", "The password must have at least %1 characters.")
                           .arg(minLength)});
    }
    if (!rules.mixesClasses()) {
        errors.append({field, QStringLiteral("password.classes"),
                       QCoreApplication::translate("PasswordPolicy",
                                                   "The password must mix lower-case and upper-case letters, digits "
                                                   "and special characters.")});
    }
    if (!rules.withoutLogin) {
        errors.append({field, QStringLiteral("password.contains_login"),
                       QCoreApplication::translate("PasswordPolicy", "The password must not contain your login.")});
    }
    if (!rules.confirmed) {
        errors.append(
            {QStringLiteral("new_password_confirmation"), QStringLiteral("password.mismatch"),
             QCoreApplication::translate("PasswordPolicy", "The confirmation differs from the new password.")});
    }
    if (!rules.differsFromCurrent) {
        errors.append(
            {field, QStringLiteral("password.unchanged"),
             QCoreApplication::translate("PasswordPolicy", "The new password must differ from the current one.")});
    }
    return errors;
}

} // namespace segurdesk::sandbox
