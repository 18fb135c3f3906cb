// The account's dialogs as an operator meets them, against the real segurdesk-sandbox: the first
// login of a new account (the initial password changed with its rules ticking, then the secret
// question) up to its dossiers, the forgotten login and password, and a first login abandoned.
#include "app/dashboard/DashboardController.h"
#include "app/dashboard/DashboardView.h"
#include "core/services/PortalConnection.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/support/SandboxEnrollment.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segurdesk;
using test::SandboxEnrollment;

namespace {

const QString Chosen = QStringLiteral("Ségur-Desk-2024!");
const QString Tick = QStringLiteral("\u2714");

class AccountFlow : public segurdesk::testing::TranslatedTest
{
protected:
    AccountFlow()
        : m_sandbox({}, {QStringLiteral("--seed-demo")})
        , m_http(m_sandbox.url())
        , m_enrollment(m_sandbox, m_http)
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        TranslatedTest::SetUp();
        QSignalSpy ready(&m_portal, &services::PortalConnection::ready);
        m_portal.open(QUrl(m_sandbox.url()));
        ASSERT_TRUE(ready.wait(30000));
        m_view = std::make_unique<dashboard::DashboardView>();
        m_controller = std::make_unique<dashboard::DashboardController>(m_portal, *m_view);
        m_view->resize(1000, 700);
        m_view->show();
    }
    void TearDown() override
    {
        m_controller.reset();
        m_view.reset();
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    // The visible dialog called `name`, once it is open.
    QDialog* dialog(const char* name)
    {
        QDialog* found = nullptr;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                found = nullptr;
                for (QDialog* candidate : m_view->findChildren<QDialog*>(QString::fromLatin1(name))) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            30000));
        return found;
    }
    template<class T = QLineEdit> static T* in(QDialog* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    static void type(QDialog* parent, const char* name, const QString& text)
    {
        QLineEdit* edit = in(parent, name);
        edit->clear();
        // Key by key, as typed; QTest has no key for a letter outside ASCII: it is inserted.
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, c.toLatin1());
            else
                edit->insert(c);
        }
    }
    static void press(QDialog* parent, QDialogButtonBox::StandardButton which)
    {
        parent->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(which)->click();
    }
    static QString message(QDialog* parent) { return in<QLabel>(parent, "messageLabel")->text(); }
    // Whether the rules view of `parent` ticks the rule of `name`.
    static bool ticked(QDialog* parent, const char* name) { return in<QLabel>(parent, name)->text().startsWith(Tick); }
    // Waits for the dashboard to show `rows` rows.
    void expectRows(int rows)
    {
        auto* table = m_view->findChild<QTableView*>(QStringLiteral("dossierTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), rows, 30000);
    }
    void logIn(const QString& login, const QString& password)
    {
        QDialog* loginDialog = dialog("loginDialog");
        ASSERT_NE(loginDialog, nullptr);
        type(loginDialog, "loginEdit", login);
        type(loginDialog, "passwordEdit", password);
        press(loginDialog, QDialogButtonBox::Ok);
    }
    // The mail of `kind` the sandbox sent last, once it has sent `count` of them.
    QString mail(const QString& kind, int count)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_sandbox.mailCount(kind) >= count; }, 30000))
            << "no mail " << kind.toStdString();
        return m_sandbox.latestMail(kind);
    }

    QTemporaryDir m_home;
    test::SandboxProcess m_sandbox;
    test::SandboxHttp m_http;
    SandboxEnrollment m_enrollment;
    services::PortalConnection m_portal;
    std::unique_ptr<dashboard::DashboardView> m_view;
    std::unique_ptr<dashboard::DashboardController> m_controller;
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
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("forgot_login")), 0);
    type(forgotten, "emailEdit", QStringLiteral("demo@operateur-mss.example.fr"));
    press(forgotten, QDialogButtonBox::Ok);
    EXPECT_TRUE(mail(QStringLiteral("forgot_login"), 1).contains(QStringLiteral("demo")));
    QTRY_VERIFY_WITH_TIMEOUT(message(forgotten).contains(QStringLiteral("demo@operateur-mss.example.fr")), 30000);
    press(forgotten, QDialogButtonBox::Close);
    QTRY_VERIFY(!forgotten->isVisible());

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
    // A wrong answer uses the code up: the portal says so at the code.
    QTRY_VERIFY_WITH_TIMEOUT(in(reset, "codeEdit")->isEnabled(), 30000);
    EXPECT_EQ(in(reset, "codeEdit")->accessibleDescription(), message(reset));

    in<QPushButton>(reset, "sendCodeButton")->click();
    const QString second = codeOf(mail(QStringLiteral("password_reset"), 2));
    QTRY_VERIFY_WITH_TIMEOUT(in<QPushButton>(reset, "sendCodeButton")->isEnabled(), 30000);
    type(reset, "codeEdit", second);
    type(reset, "answerEdit", QStringLiteral("LYON"));
    press(reset, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(!reset->isVisible(), 30000);

    // Back in the login dialog, with the login filled in: the new password opens the dossiers.
    EXPECT_EQ(in(login, "loginEdit")->text(), QStringLiteral("demo"));
    EXPECT_FALSE(message(login).isEmpty());
    type(login, "passwordEdit", Chosen);
    press(login, QDialogButtonBox::Ok);
    expectRows(5);
}

TEST_F(AccountFlow, AFirstLoginAbandonedAtThePasswordChangeLogsOut)
{
    test::EnrollmentForm form(QStringLiteral("hesitant@example.fr"));
    const SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "abandoned");
    QSignalSpy cancelled(m_controller.get(), &dashboard::DashboardController::loginCancelled);
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);
    QDialog* change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    ASSERT_TRUE(m_portal.client()->isAuthenticated());

    press(change, QDialogButtonBox::Cancel);
    EXPECT_EQ(cancelled.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_portal.client()->isAuthenticated(), 30000);
    // Asked again, the login comes first.
    m_controller->refreshOrLogIn();
    EXPECT_NE(dialog("loginDialog"), nullptr);
}

} // namespace
