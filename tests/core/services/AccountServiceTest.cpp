// services::AccountService against the real segurdesk-sandbox's demo account.
#include "core/services/AccountService.h"

#include "core/portal/EnrollmentListRequest.h"
#include "core/portal/PortalClient.h"
#include "tests/support/SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::AccountService;
using test::SandboxProcess;
using Operation = AccountService::Operation;

namespace {

const QString DemoLogin = QStringLiteral("demo");
const QString DemoPassword = QStringLiteral("Demo-Segur-2023!");

class AccountServiceTest : public ::testing::Test
{
protected:
    explicit AccountServiceTest(const QJsonObject& config = {})
        : m_sandbox(config, {QStringLiteral("--seed-demo")})
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        portal::PortalClient::Options options;
        options.timeout = 10s;
        m_client = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), options);
        m_account = std::make_unique<AccountService>(*m_client);
    }

    // Runs `start` and returns the error finished() came with; fails unless it is `operation`'s.
    template<typename Start> portal::PortalError finish(Operation operation, Start start)
    {
        QSignalSpy finished(m_account.get(), &AccountService::finished);
        start();
        EXPECT_TRUE(m_account->isBusy());
        EXPECT_EQ(finished.count(), 0) << "the answer comes from the event loop";
        if (!finished.wait(30000)) {
            ADD_FAILURE() << "no answer within 30 s";
            return {};
        }
        EXPECT_FALSE(m_account->isBusy());
        EXPECT_EQ(finished.first().at(0).value<Operation>(), operation);
        return finished.first().at(1).value<portal::PortalError>();
    }

    portal::PortalError logIn(const QString& password)
    {
        return finish(Operation::LogIn, [&] { m_account->logIn(DemoLogin, password); });
    }

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<AccountService> m_account;
};

TEST_F(AccountServiceTest, LogsInWithTheRightPasswordOnlyAndLogsOut)
{
    QSignalSpy expired(m_account.get(), &AccountService::expired);
    const portal::PortalError wrong = logIn(QStringLiteral("Pas-le-bon-1!"));
    EXPECT_EQ(wrong.code, portal::PortalErrorCode::InvalidCredentials);
    EXPECT_FALSE(m_account->isLoggedIn());

    const portal::PortalError right = logIn(DemoPassword);
    ASSERT_FALSE(right.isError()) << right.message().toStdString();
    EXPECT_TRUE(m_account->isLoggedIn());
    EXPECT_TRUE(m_account->isReadyForDossiers());
    EXPECT_EQ(m_account->account().login, DemoLogin);
    EXPECT_EQ(m_account->account().email, QStringLiteral("demo@operateur-mss.example.fr"));

    const portal::PortalError out = finish(Operation::LogOut, [&] { m_account->logOut(); });
    EXPECT_FALSE(out.isError()) << out.message().toStdString();
    EXPECT_FALSE(m_account->isLoggedIn());
    EXPECT_FALSE(m_client->isAuthenticated());
    EXPECT_TRUE(m_account->account().login.isEmpty());
    EXPECT_EQ(expired.count(), 0) << "logging out is no expiry";
}

TEST_F(AccountServiceTest, ATokenThePortalNoLongerTakesEndsTheSession)
{
    ASSERT_FALSE(logIn(DemoPassword).isError());
    QSignalSpy expired(m_account.get(), &AccountService::expired);

    // The same account logs out from elsewhere: the portal revokes that token, not this one;
    // a password change revokes every token of the account.
    portal::PortalClient other(m_network, QUrl(m_sandbox.url()), {});
    AccountService elsewhere(other);
    QSignalSpy otherFinished(&elsewhere, &AccountService::finished);
    elsewhere.logIn(DemoLogin, DemoPassword);
    ASSERT_TRUE(otherFinished.wait(30000));
    const QString chosen = QStringLiteral("Autre-Ségur-2026!");
    elsewhere.changePassword(DemoPassword, chosen, chosen);
    ASSERT_TRUE(otherFinished.wait(30000));
    ASSERT_FALSE(otherFinished.last().at(1).value<portal::PortalError>().isError())
        << otherFinished.last().at(1).value<portal::PortalError>().message().toStdString();

    portal::EnrollmentListRequest list(*m_client);
    QSignalSpy listed(&list, &portal::PortalRequest::finished);
    list.start();
    ASSERT_TRUE(listed.wait(30000));
    EXPECT_EQ(list.error().code, portal::PortalErrorCode::Unauthorized);
    EXPECT_TRUE(QTest::qWaitFor([&] { return expired.count() == 1; }, 5000));
    EXPECT_FALSE(m_account->isLoggedIn());
    EXPECT_TRUE(elsewhere.isLoggedIn()) << "the change gave that client a new session";
}

TEST_F(AccountServiceTest, RecoversAForgottenLoginAndResetsAForgottenPassword)
{
    EXPECT_FALSE(finish(Operation::RecoverLogin, [&] {
                     m_account->recoverLogin(QStringLiteral("demo@operateur-mss.example.fr"));
                 }).isError());
    EXPECT_TRUE(m_sandbox.latestMail(QStringLiteral("forgot_login")).contains(DemoLogin));

    EXPECT_FALSE(
        finish(Operation::RequestPasswordReset, [&] { m_account->requestPasswordReset(DemoLogin); }).isError());
    const QString code = QRegularExpression(QStringLiteral("\\b([0-9]{8})\\b"))
                             .match(m_sandbox.latestMail(QStringLiteral("password_reset")))
                             .captured(1);
    ASSERT_EQ(code.size(), 8);
    const QString chosen = QStringLiteral("Retrouvé-Ségur-2026!");
    const portal::PortalError wrongAnswer = finish(Operation::ResetPassword, [&] {
        m_account->resetPassword(DemoLogin, code, QStringLiteral("paris"), chosen, chosen);
    });
    EXPECT_EQ(wrongAnswer.code, portal::PortalErrorCode::ValidationFailed);

    EXPECT_FALSE(
        finish(Operation::RequestPasswordReset, [&] { m_account->requestPasswordReset(DemoLogin); }).isError());
    const QString second = QRegularExpression(QStringLiteral("\\b([0-9]{8})\\b"))
                               .match(m_sandbox.latestMail(QStringLiteral("password_reset")))
                               .captured(1);
    const portal::PortalError reset = finish(Operation::ResetPassword, [&] {
        m_account->resetPassword(DemoLogin, second, QStringLiteral("lyon"), chosen, chosen);
    });
    ASSERT_FALSE(reset.isError()) << reset.message().toStdString();
    EXPECT_EQ(logIn(DemoPassword).code, portal::PortalErrorCode::InvalidCredentials);
    EXPECT_FALSE(logIn(chosen).isError());
}

// Sessions of two seconds: the service ends one on its own when its time is up.
class ShortSessionTest : public AccountServiceTest
{
protected:
    ShortSessionTest()
        : AccountServiceTest(
            QJsonObject {{QStringLiteral("auth"), QJsonObject {{QStringLiteral("token_ttl_seconds"), 2}}}})
    { }
};

TEST_F(ShortSessionTest, EndsTheSessionWhenItsTimeIsUp)
{
    QSignalSpy expired(m_account.get(), &AccountService::expired);
    ASSERT_FALSE(logIn(DemoPassword).isError());
    ASSERT_TRUE(m_account->account().expiresAt.isValid());
    EXPECT_TRUE(expired.wait(15000));
    EXPECT_EQ(expired.count(), 1);
    EXPECT_FALSE(m_account->isLoggedIn());
    EXPECT_FALSE(m_client->isAuthenticated());
}

} // namespace
