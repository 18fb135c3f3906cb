#include "app/account/PasswordRulesView.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace segurdesk::account {

PasswordRulesView::PasswordRulesView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    static constexpr std::array<const char*, RuleCount> Names {
        "ruleLength", "ruleLowerCase",    "ruleUpperCase",  "ruleDigit",
        "ruleOther",  "ruleWithoutLogin", "ruleNotCurrent", "ruleConfirmed",
    };
    for (int rule = 0; rule < RuleCount; ++rule) {
        auto* line = new QLabel(this);
        line->setObjectName(QLatin1String(Names.at(std::size_t(rule))));
        line->setTextFormat(Qt::PlainText);
        layout->addWidget(line);
        m_lines.at(std::size_t(rule)) = line;
    }
    m_lines[NotCurrent]->hide();
    redraw();
}

PasswordRulesView::~PasswordRulesView() = default;

void PasswordRulesView::follow(QLineEdit& password, QLineEdit& confirmation, QLineEdit* current)
{
    m_password = &password;
    m_confirmation = &confirmation;
    m_current = current;
    m_lines[NotCurrent]->setVisible(current != nullptr);
    for (QLineEdit* edit : {m_password, m_confirmation, m_current}) {
        if (edit != nullptr)
            connect(edit, &QLineEdit::textChanged, this, &PasswordRulesView::recheck);
    }
    recheck();
}

void PasswordRulesView::setLogin(const QString& login)
{
    m_login = login.trimmed();
    recheck();
}

void PasswordRulesView::setMinimumLength(int minLength)
{
    m_minLength = minLength;
    recheck();
}

QLineEdit* PasswordRulesView::fieldToFix() const
{
    validation::PasswordCheck confirmed = m_check;
    confirmed.confirmed = true;
    return confirmed.isMet() ? m_confirmation : m_password;
}

QString PasswordRulesView::problem() const
{
    return tr("The new password does not follow every rule of the list yet.");
}

void PasswordRulesView::recheck()
{
    if (m_password == nullptr)
        return;
    m_check = validation::checkNewPassword(m_password->text(), m_confirmation->text(), m_login,
                                           m_current != nullptr ? m_current->text() : QString(), m_minLength);
    // Nothing typed in the confirmation yet is no confirmation, even of an empty password.
    m_check.confirmed = m_check.confirmed && !m_confirmation->text().isEmpty();
    redraw();
}

void PasswordRulesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

QString PasswordRulesView::ruleText(Rule rule) const
{
    switch (rule) {
    case Length:
        return tr("At least %n characters", nullptr, m_minLength);
    case LowerCase:
        return tr("A lower-case letter");
    case UpperCase:
        return tr("An upper-case letter");
    case Digit:
        return tr("A digit");
    case Other:
        return tr("A special character (such as - ! ? # @ or a space)");
    case WithoutLogin:
        return tr("Does not contain your login");
    case NotCurrent:
        return tr("Differs from the current password");
    case Confirmed:
        return tr("Typed the same in the confirmation");
    case RuleCount:
        break;
    }
    return {};
}

void PasswordRulesView::redraw()
{
    const std::array<bool, RuleCount> met {
        m_check.longEnough, m_check.hasLowerCase, m_check.hasUpperCase,       m_check.hasDigit,
        m_check.hasOther,   m_check.withoutLogin, m_check.differsFromCurrent, m_check.confirmed,
    };
    // A rule not met yet is no error while the user types: it is shown dimmed, not in red, and
    // still readable on a light or a dark background (the placeholder colour is not, on some).
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor background = palette().color(QPalette::Window);
    const auto mix = [](int from, int to) {
        return (from * 2 + to) / 3;
    };
    QPalette dimmed = palette();
    dimmed.setColor(QPalette::WindowText,
                    QColor(mix(ink.red(), background.red()), mix(ink.green(), background.green()),
                           mix(ink.blue(), background.blue())));
    for (int rule = 0; rule < RuleCount; ++rule) {
        QLabel* line = m_lines.at(std::size_t(rule));
        const bool isMet = met.at(std::size_t(rule));
        const QString text = ruleText(Rule(rule));
        line->setText((isMet ? QStringLiteral("\u2714 ") : QStringLiteral("\u2022 ")) + text);
        line->setPalette(isMet ? palette() : dimmed);
        line->setAccessibleName(isMet ? tr("Rule met: %1").arg(text) : tr("Rule not met yet: %1").arg(text));
    }
}

} // namespace segurdesk::account
