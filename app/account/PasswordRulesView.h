#pragma once

#include "core/validation/AccountSecrets.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace segurdesk::account {

// The portal's password rules as a list that ticks each rule as the new password meets it
// (validation::checkNewPassword), so that the user sees what is missing before sending. Each
// line says in words whether its rule is met, for whoever does not see the mark. It follows the
// line edits of the form it is in as they are typed.
class PasswordRulesView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordRulesView)

public:
    explicit PasswordRulesView(QWidget* parent = nullptr);
    ~PasswordRulesView() override;

    // The "differs from the current password" rule is listed only when `current` is given.
    void follow(QLineEdit& password, QLineEdit& confirmation, QLineEdit* current = nullptr);
    void setLogin(const QString& login);
    // The portal's, once its /config is read.
    void setMinimumLength(int minLength);

    const validation::PasswordCheck& check() const { return m_check; }
    // When a rule is not met: the line edit to fix first, and what to tell the user.
    QLineEdit* fieldToFix() const;
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Rule { Length, LowerCase, UpperCase, Digit, Other, WithoutLogin, NotCurrent, Confirmed, RuleCount };

    QString ruleText(Rule rule) const;
    // Checks what is typed now, then shows it.
    void recheck();
    void redraw();

    std::array<QLabel*, RuleCount> m_lines {};
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QLineEdit* m_current = nullptr;
    QString m_login;
    validation::PasswordCheck m_check;
    int m_minLength = validation::kDefaultPasswordMinLength;
};

} // namespace segurdesk::account
