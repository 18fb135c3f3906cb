// The account's dialogs as an operator meets them, against the real segurdesk-sandbox: the first
// login of a new account (the initial password changed with its rules ticking, then the secret
// question) up to its dossiers, the forgotten login and password, and a first login abandoned.
#include "tests/app/SandboxDashboard.h"

#include <QComboBox>
#include <QPointer>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace segurdesk;
using test::SandboxEnrollment;

namespace {

const QString Chosen = QStringLiteral("Ségur-Desk-2024!");
const QString Tick = QStringLiteral("\u2714");

class AccountFlow : public segurdesk::testing::SandboxDashboard
{
protected:
    explicit AccountFlow(const QJsonObject& config = {})
        : SandboxDashboard(config)
    { }

    // Whether the rules view of `parent` ticks the rule of `name`.
    static bool ticked(QDialog* parent, const char* name) { return in<QLabel>(parent, name)->text().startsWith(Tick); }
};

TEST_F(AccountFlow, AFirstLoginChangesTheInitialPasswordThenSetsTheSecretQuestion)
{
    test::EnrollmentForm form(QStringLiteral("nouvel.operateur@example.fr"));
    const SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "first-login");
    ASSERT_FALSE(credentials.password.isEmpty());
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);

    QDialog* change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    EXPECT_FALSE(ticked(change, "ruleLength"));
    EXPECT_TRUE(in<QLabel>(change, "ruleLength")->text().contains(QStringLiteral("12 caractères")));
    type(change, "newPasswordEdit", QStringLiteral("abc"));
    EXPECT_TRUE(ticked(change, "ruleLowerCase"));
    EXPECT_FALSE(ticked(change, "ruleUpperCase"));
    EXPECT_FALSE(ticked(change, "ruleConfirmed"));
    // Nothing is sent while a rule is not met.
    type(change, "currentPasswordEdit", credentials.password);
    press(change, QDialogButtonBox::Ok);
    EXPECT_TRUE(message(change).contains(QStringLiteral("règle"))) << message(change).toStdString();
    EXPECT_TRUE(in(change, "newPasswordEdit")->isEnabled());
    // The initial password cannot be kept: the rule says so before sending.
    type(change, "newPasswordEdit", credentials.password);
    type(change, "confirmationEdit", credentials.password);
    EXPECT_FALSE(ticked(change, "ruleNotCurrent"));

    // Every rule met, but the current password mistyped: the portal refuses it at its field.
    type(change, "currentPasswordEdit", QStringLiteral("Pas-le-bon-2024!"));
    type(change, "newPasswordEdit", Chosen);
    type(change, "confirmationEdit", Chosen);
    for (const char* rule : {"ruleLength", "ruleLowerCase", "ruleUpperCase", "ruleDigit", "ruleOther",
                             "ruleWithoutLogin", "ruleNotCurrent", "ruleConfirmed"})
        EXPECT_TRUE(ticked(change, rule)) << rule;
    press(change, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(in(change, "currentPasswordEdit")->isEnabled(), 30000);
    EXPECT_FALSE(message(change).isEmpty());
    EXPECT_EQ(in(change, "currentPasswordEdit")->accessibleDescription(), message(change));

    type(change, "currentPasswordEdit", credentials.password);
    press(change, QDialogButtonBox::Ok);

    QDialog* question = dialog("secretQuestionDialog");
    ASSERT_NE(question, nullptr);
    auto* questions = in<QComboBox>(question, "questionEdit");
    EXPECT_GE(questions->count(), 3);
    questions->setCurrentIndex(1);
    const QString chosenQuestion = questions->currentText();
    type(question, "answerEdit", QStringLiteral("Besançon"));
    type(question, "answerConfirmationEdit", QStringLiteral("Dijon"));
    press(question, QDialogButtonBox::Ok);
    EXPECT_TRUE(message(question).contains(QStringLiteral("confirmation"))) << message(question).toStdString();
    // Case and accents do not matter, as on the portal.
    type(question, "answerConfirmationEdit", QStringLiteral("BESANCON"));
    press(question, QDialogButtonBox::Ok);

    expectRows(1);
    // The portal has both: the new password opens a session that may open dossiers, and a reset
    // mails the question chosen.
    const test::HttpReply session = m_http.postJson(
        QStringLiteral("/api/v1/auth/login"),
        QJsonObject {{QStringLiteral("login"), credentials.login}, {QStringLiteral("password"), Chosen}});
    ASSERT_EQ(session.status, 200) << session.body.toStdString();
    EXPECT_FALSE(session.json().value(QLatin1String("must_change_password")).toBool());
    EXPECT_TRUE(session.json().value(QLatin1String("secret_question_set")).toBool());
    m_http.postJson(QStringLiteral("/api/v1/auth/forgot-password"),
                    QJsonObject {{QStringLiteral("login"), credentials.login}});
    EXPECT_TRUE(mail(QStringLiteral("password_reset"), 1).contains(chosenQuestion));
}

TEST_F(AccountFlow, AForgottenLoginAndPasswordAreRecoveredByMailFromTheLoginDialog)
{
    m_controller->refreshOrLogIn();
    QDialog* login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);

    in<QPushButton>(login, "forgotLoginButton")->click();
    QDialog* forgotten = dialog("forgottenLoginDialog");
    ASSERT_NE(forgotten, nullptr);
    type(forgotten, "emailEdit", QStringLiteral("demo@"));
    press(forgotten, QDialogButtonBox::Ok);
    EXPECT_EQ(in(forgotten, "emailEdit")->accessibleDescription(), message(forgotten));
    EXPECT_TRUE(in(forgotten, "emailEdit")->isEnabled()) << "nothing is sent with an address that cannot be one";
    type(forgotten, "emailEdit", QStringLiteral("demo@operateur-mss.example.fr"));
    press(forgotten, QDialogButtonBox::Ok);
    EXPECT_TRUE(mail(QStringLiteral("forgot_login"), 1).contains(QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(message(forgotten).contains(QStringLiteral("demo@operateur-mss.example.fr")), 30000);
    const QPointer<QDialog> closing(forgotten);
    press(forgotten, QDialogButtonBox::Close);
    QTRY_VERIFY(!closing || !closing->isVisible());

    in<QPushButton>(login, "forgotPasswordButton")->click();
    QDialog* reset = dialog("passwordResetDialog");
    ASSERT_NE(reset, nullptr);
    type(reset, "loginEdit", QStringLiteral("demo"));
    in<QPushButton>(reset, "sendCodeButton")->click();
    const auto codeOf = [](const QString& text) {
        return QRegularExpression(QStringLiteral("\\b([0-9]{8})\\b")).match(text).captured(1);
    };
    const QString code = codeOf(mail(QStringLiteral("password_reset"), 1));
    ASSERT_EQ(code.size(), 8);
    QTRY_VERIFY_WITH_TIMEOUT(in<QPushButton>(reset, "sendCodeButton")->isEnabled(), 30000);
    type(reset, "codeEdit", code);
    type(reset, "answerEdit", QStringLiteral("Paris"));
    type(reset, "newPasswordEdit", Chosen);
    type(reset, "confirmationEdit", Chosen);
    EXPECT_TRUE(ticked(reset, "ruleConfirmed"));
    EXPECT_FALSE(in<QLabel>(reset, "ruleNotCurrent")->isVisible()) << "a reset has no current password";
    press(reset, QDialogButtonBox::Ok);
    // A wrong answer uses the code up: the portal says so at the code, and the right answer with
    // the same code is refused too.
    QTRY_VERIFY_WITH_TIMEOUT(in(reset, "codeEdit")->isEnabled(), 30000);
    EXPECT_EQ(in(reset, "codeEdit")->accessibleDescription(), message(reset));
    type(reset, "answerEdit", QStringLiteral("Lyon"));
    press(reset, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(in(reset, "codeEdit")->isEnabled(), 30000);
    EXPECT_EQ(in(reset, "codeEdit")->accessibleDescription(), message(reset));
    ASSERT_TRUE(reset->isVisible());

    in<QPushButton>(reset, "sendCodeButton")->click();
    const QString second = codeOf(mail(QStringLiteral("password_reset"), 2));
    QTRY_VERIFY_WITH_TIMEOUT(in<QPushButton>(reset, "sendCodeButton")->isEnabled(), 30000);
    type(reset, "codeEdit", second);
    type(reset, "answerEdit", QStringLiteral("LYON"));
    const QPointer<QDialog> resetting(reset);
    press(reset, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(!resetting || !resetting->isVisible(), 30000);

    // Back in the login dialog, with the login filled in: the new password opens the dossiers.
    EXPECT_EQ(in(login, "loginEdit")->text(), QStringLiteral("demo"));
    EXPECT_FALSE(message(login).isEmpty());
    type(login, "passwordEdit", Chosen);
    press(login, QDialogButtonBox::Ok);
    expectRows(5);
}

// Logging out closes the session on the portal and leaves nothing of the account on screen.
TEST_F(AccountFlow, LoggingOutClosesTheSessionAndLeavesNothingOfTheAccountShown)
{
    QSignalSpy loggedOut(m_controller.get(), &dashboard::DashboardController::loggedOut);
    m_controller->refreshOrLogIn();
    logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    expectRows(5);
    auto* logout = m_view->findChild<QPushButton*>(QStringLiteral("logoutButton"));
    QTRY_VERIFY(logout->isEnabled());
    EXPECT_EQ(logout->text(), QStringLiteral("Se &déconnecter (demo)"));
    ASSERT_EQ(openSessions(QStringLiteral("demo")), 1);
    logout->click();
    QTRY_COMPARE_WITH_TIMEOUT(loggedOut.count(), 1, 30000);
    EXPECT_FALSE(m_portal.client()->isAuthenticated());
    EXPECT_EQ(openSessions(QStringLiteral("demo")), 0) << "the portal ended the session";
    EXPECT_EQ(m_view->findChild<QTableView*>(QStringLiteral("dossierTable"))->model()->rowCount(), 0);
    EXPECT_EQ(m_view->findChild<QLabel*>(QStringLiteral("titleLabel"))->text(),
              QStringLiteral("Aucun dossier choisi."));
    EXPECT_TRUE(m_view->findChild<QLabel*>(QStringLiteral("dataAge"))->text().isEmpty());
    EXPECT_FALSE(logout->isVisible());
}

// As the window does: the dashboard goes as soon as the login is given up, its session closed
// first.
TEST_F(AccountFlow, AFirstLoginAbandonedAtThePasswordChangeLogsOut)
{
    test::EnrollmentForm form(QStringLiteral("hesitant@example.fr"));
    const SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "abandoned");
    std::optional<bool> authenticatedWhenCancelled;
    QObject::connect(m_controller.get(), &dashboard::DashboardController::loginCancelled, m_view.get(),
                     [this, &authenticatedWhenCancelled] {
                         authenticatedWhenCancelled = m_portal.client()->isAuthenticated();
                         m_controller.release()->deleteLater();
                     });
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);
    QDialog* change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    ASSERT_TRUE(m_portal.client()->isAuthenticated());

    press(change, QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(authenticatedWhenCancelled.has_value(), 30000);
    EXPECT_FALSE(*authenticatedWhenCancelled) << "the session is closed before the dashboard goes";
    EXPECT_FALSE(m_portal.client()->isAuthenticated());
    EXPECT_EQ(openSessions(credentials.login), 0) << "the portal ended the session";
}

// The session ends (the portal's clock passes its hour) while the user is choosing a password:
// the portal refuses the change, and the login comes again in place of a step that can do nothing.
TEST_F(AccountFlow, ASessionThatEndsDuringAFirstLoginStepAsksForTheLoginAgain)
{
    test::EnrollmentForm form(QStringLiteral("lente@example.fr"));
    const SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "slow");
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);
    const QPointer<QDialog> change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    ASSERT_EQ(m_http.postJson(QStringLiteral("/sandbox/clock"), QJsonObject {{QStringLiteral("advance_seconds"), 7200}})
                  .status,
              200);
    type(change, "currentPasswordEdit", credentials.password);
    type(change, "newPasswordEdit", Chosen);
    type(change, "confirmationEdit", Chosen);
    press(change, QDialogButtonBox::Ok);

    QTRY_VERIFY_WITH_TIMEOUT(!change || !change->isVisible(), 30000);
    QDialog* again = dialog("loginDialog");
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(in(again, "loginEdit")->text(), credentials.login);
}

// The portal asks for 14 characters in its /config: the rule says so, and ticks at 14.
class AccountFlowLongerPasswords : public AccountFlow
{
protected:
    AccountFlowLongerPasswords()
        : AccountFlow(QJsonObject {
            {QStringLiteral("auth"),
             QJsonObject {{QStringLiteral("pbkdf2_iterations"), 1000}, {QStringLiteral("password_min_length"), 14}}}})
    { }
};

TEST_F(AccountFlowLongerPasswords, TheRulesFollowThePortalsLength)
{
    test::EnrollmentForm form(QStringLiteral("longues@example.fr"));
    const SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "longer");
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);
    QDialog* change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(in<QLabel>(change, "ruleLength")->text().contains(QStringLiteral("14 caractères")), 30000);
    type(change, "newPasswordEdit", QStringLiteral("Abcdef-12345!"));
    EXPECT_FALSE(ticked(change, "ruleLength"));
    type(change, "newPasswordEdit", QStringLiteral("Abcdef-123456!"));
    EXPECT_TRUE(ticked(change, "ruleLength"));
}

} // namespace
