#include "core/validation/AccountSecrets.h"

#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

constexpr qsizetype kMaxSecretLength = 200;

} // namespace

PasswordCheck checkNewPassword(QStringView password, QStringView confirmation, QStringView login, QStringView current,
                               int minLength)
{
    PasswordCheck check;
    check.longEnough = password.size() >= minLength;
    for (const QChar c : password) {
        if (c.isLower())
            check.hasLowerCase = true;
        else if (c.isUpper())
            check.hasUpperCase = true;
        else if (c.isDigit())
            check.hasDigit = true;
        else
            check.hasOther = true;
    }
    check.withoutLogin = login.isEmpty() || !password.contains(login, Qt::CaseInsensitive);
    check.differsFromCurrent = current.isEmpty() || password != current;
    check.confirmed = password == confirmation;
    return check;
}

ValidationResult validateSecretQuestion(QStringView question)
{
    const QStringView trimmed = question.trimmed();
    if (trimmed.size() < 5 || question.size() > kMaxSecretLength) {
        return rejected(
            QLatin1String("secret.question_length"),
            QCoreApplication::translate("Validation", "The question must have between 5 and 200 characters."));
    }
    return accepted(trimmed.toString());
}

QString normalizeSecretAnswer(QStringView answer)
{
    return foldCaseAndAccents(answer).simplified();
}

ValidationResult validateSecretAnswer(QStringView answer)
{
    const QString compared = normalizeSecretAnswer(answer);
    if (compared.size() < 2 || answer.size() > kMaxSecretLength) {
        return rejected(
            QLatin1String("secret.answer_length"),
            QCoreApplication::translate("Validation", "The answer must have between 2 and 200 characters."));
    }
    return accepted(compared);
}

} // namespace segurdesk::validation
