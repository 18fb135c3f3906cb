#pragma once

#include "core/validation/ValidationResult.h"

#include <QStringView>

namespace segurdesk::validation {

// What the portal asks of the secrets of an account. The sandbox refuses exactly what these say,
// and the app ticks each rule as the user types, so that nothing is sent that the portal would
// refuse.

// The password length the portal asks for when its /config does not say.
inline constexpr int kDefaultPasswordMinLength = 12;

// A new password, rule by rule: at least `minLength` characters; a lower-case letter, an
// upper-case letter, a digit and another character; not the login (ignoring case) nor the
// current password; and the confirmation typed the same.
struct PasswordCheck
{
    bool longEnough = false;
    bool hasLowerCase = false;
    bool hasUpperCase = false;
    bool hasDigit = false;
    bool hasOther = false;
    bool withoutLogin = false;
    bool differsFromCurrent = false;
    bool confirmed = false;

    bool mixesClasses() const { return hasLowerCase && hasUpperCase && hasDigit && hasOther; }
    bool isMet() const { return longEnough && mixesClasses() && withoutLogin && differsFromCurrent && confirmed; }
};

// `login` or `current` empty when unknown: their rule is then met.
PasswordCheck checkNewPassword(QStringView password, QStringView confirmation, QStringView login, QStringView current,
                               int minLength);

// The question that recovers a forgotten password: at most 200 characters, at least 5 once
// trimmed. The normalized form is trimmed. Code secret.question_length.
ValidationResult validateSecretQuestion(QStringView question);

// An answer as the portal compares it: without case, accents or surrounding spaces, inner
// spaces folded.
QString normalizeSecretAnswer(QStringView answer);

// Its answer: at most 200 characters, at least 2 once normalized (normalizeSecretAnswer, which
// gives the normalized form). Code secret.answer_length.
ValidationResult validateSecretAnswer(QStringView answer);

} // namespace segurdesk::validation
