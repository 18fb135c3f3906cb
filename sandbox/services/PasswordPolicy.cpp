#include "sandbox/services/PasswordPolicy.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

QList<FieldError> PasswordPolicy::check(const QString& password, const QString& confirmation, const QString& login,
                                        int minLength)
{
    QList<FieldError> errors;
    const QString field = QStringLiteral("new_password");
    if (password.size() < minLength) {
        errors.append({field, QStringLiteral("password.too_short"),
                       QCoreApplication::translate("PasswordPolicy", "The password must have at least %1 characters.")
                           .arg(minLength)});
    }
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (!(lower && upper && digit && other)) {
        errors.append({field, QStringLiteral("password.classes"),
                       QCoreApplication::translate("PasswordPolicy",
                                                   "The password must mix lower-case and upper-case letters, digits "
                                                   "and special characters.")});
    }
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive)) {
        errors.append({field, QStringLiteral("password.contains_login"),
                       QCoreApplication::translate("PasswordPolicy", "The password must not contain your login.")});
    }
    if (password != confirmation) {
        errors.append(
            {QStringLiteral("new_password_confirmation"), QStringLiteral("password.mismatch"),
             QCoreApplication::translate("PasswordPolicy", "The confirmation differs from the new password.")});
    }
    return errors;
}

} // namespace segurdesk::sandbox
