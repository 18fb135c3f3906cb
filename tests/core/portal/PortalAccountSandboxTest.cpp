// The account side of the client against the real sandbox: a validated enrollment's
// credentials mail, first login, forced password change, polled lists and logout.
#include "core/portal/CaptchaRequest.h"
#include "core/portal/EnrollmentListRequest.h"
#include "core/portal/EnrollmentRequest.h"
#include "core/portal/EnrollmentSubmission.h"
#include "core/portal/LoginRequest.h"
#include "core/portal/LogoutRequest.h"
#include "core/portal/MailListRequest.h"
#include "core/portal/PasswordChangeRequest.h"
#include "core/portal/PortalClient.h"
#include "core/portal/SecretQuestionRequest.h"
#include "core/portal/SessionRequest.h"
#include "tests/core/portal/FakeTime.h"
#include "tests/core/portal/RunRequest.h"
#include "tests/core/portal/TestDocuments.h"
#include "tests/support/SandboxProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUuid>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using namespace segurdesk::portal;
using namespace segurdesk::portal::test;
using segurdesk::test::EnrollmentForm;
using segurdesk::test::SandboxProcess;

namespace {

TEST(PortalAccountSandbox, FirstLoginPasswordChangePolledListAndLogout)
{
    SandboxProcess sandbox;
    ASSERT_TRUE(sandbox.ok()) << sandbox.error().toStdString();
    FakeClock clock;
    FakeRandom random({0.5});
    QNetworkAccessManager network;
    PortalClient::Options options;
    options.retry.baseDelay = 1ms;
    options.clock = &clock;
    options.random = &random;
    PortalClient client(network, QUrl(sandbox.url()), options);
    QSignalSpy authentication(&client, &PortalClient::authenticationChanged);

    QTemporaryDir files;
    CaptchaRequest captcha(client);
    run(captcha);
    ASSERT_TRUE(captcha.succeeded());
    EnrollmentForm form;
    form.setCaptcha(captcha.value().id, QLatin1String(SandboxProcess::CaptchaAnswer));
    EnrollmentSubmission submission(client, form.dossier, uploadDocuments(form, files),
                                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    run(submission);
    ASSERT_TRUE(submission.succeeded()) << submission.error().supportReport().toStdString();

    // The ASP's decision, through the sandbox's admin endpoint.
    QNetworkRequest decide(
        QUrl(sandbox.url() + QStringLiteral("/sandbox/enrollments/%1/decide").arg(submission.value().id)));
    decide.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* decided = network.post(decide, QByteArrayLiteral(R"({"decision": "validated"})"));
    QSignalSpy decidedSpy(decided, &QNetworkReply::finished);
    ASSERT_TRUE(decidedSpy.wait(30000));
    ASSERT_EQ(decided->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    decided->deleteLater();

    const QString mail = sandbox.latestMail(QStringLiteral("credentials"));
    const QString login = QRegularExpression(QStringLiteral("(mss-[0-9]{6})")).match(mail).captured(1);
    const QString initial
        = QRegularExpression(QStringLiteral(":[ \\t]*(\\S{16})\\r?\\n\\r?\\n")).match(mail).captured(1);
    ASSERT_FALSE(login.isEmpty());
    ASSERT_FALSE(initial.isEmpty());

    LoginRequest wrong(client, login, QStringLiteral("not the password"));
    run(wrong);
    EXPECT_EQ(wrong.error().code, PortalErrorCode::InvalidCredentials);
    EXPECT_FALSE(client.isAuthenticated());

    LoginRequest first(client, login, initial);
    run(first);
    ASSERT_TRUE(first.succeeded()) << first.error().supportReport().toStdString();
    EXPECT_TRUE(first.value().mustChangePassword);
    EXPECT_TRUE(client.isAuthenticated());
    // The portal's answer is kept for a local copy, without the token, which only the client holds.
    EXPECT_EQ(first.json().value(QLatin1String("login")).toString(), login);
    EXPECT_FALSE(first.json().contains(QLatin1String("token")));

    EnrollmentListRequest blocked(client);
    run(blocked);
    EXPECT_EQ(blocked.error().code, PortalErrorCode::PasswordChangeRequired);
    EXPECT_TRUE(client.isAuthenticated()) << "a 403 keeps the session";

    PasswordChangeRequest weak(client, initial, QStringLiteral("short"), QStringLiteral("short"));
    run(weak);
    ASSERT_EQ(weak.error().code, PortalErrorCode::ValidationFailed);
    ASSERT_FALSE(weak.error().fieldErrors.isEmpty());
    EXPECT_EQ(weak.error().fieldErrors.first().field, QStringLiteral("new_password"));

    const QString chosen = QStringLiteral("Nouveau-Mot2Passe!");
    PasswordChangeRequest change(client, initial, chosen, chosen);
    run(change);
    ASSERT_TRUE(change.succeeded()) << change.error().supportReport().toStdString();
    EXPECT_FALSE(change.value().mustChangePassword);
    EXPECT_FALSE(change.json().contains(QLatin1String("token")));

    SecretQuestionRequest question(client, QStringLiteral("Ville de naissance ?"), QStringLiteral("Lyon"));
    run(question);
    ASSERT_TRUE(question.succeeded()) << question.error().supportReport().toStdString();

    EnrollmentListRequest list(client);
    run(list);
    ASSERT_TRUE(list.succeeded()) << list.error().supportReport().toStdString();
    ASSERT_EQ(list.value().items.size(), 1);
    EXPECT_EQ(list.value().items.first().status, model::EnrollmentStatus::Validated);
    EXPECT_FALSE(list.wasNotModified());

    EnrollmentListRequest poll(client);
    run(poll);
    ASSERT_TRUE(poll.succeeded());
    EXPECT_TRUE(poll.wasNotModified());
    EXPECT_EQ(poll.value().items.first().number, list.value().items.first().number);

    EnrollmentRequest detail(client, list.value().items.first().id);
    run(detail);
    ASSERT_TRUE(detail.succeeded()) << detail.error().supportReport().toStdString();
    EXPECT_EQ(detail.value().documents.size(), 4);
    EXPECT_GE(detail.value().statusHistory.size(), 2);

    MailListRequest mails(client);
    run(mails);
    ASSERT_TRUE(mails.succeeded()) << mails.error().supportReport().toStdString();
    EXPECT_FALSE(mails.value().items.isEmpty());

    LogoutRequest logout(client);
    run(logout);
    EXPECT_TRUE(logout.succeeded());
    EXPECT_FALSE(client.isAuthenticated());

    SessionRequest after(client);
    run(after);
    EXPECT_EQ(after.error().code, PortalErrorCode::Unauthorized);
    EXPECT_EQ(authentication.count(), 2) << "logged in once (the password change keeps it), logged out once";
}

} // namespace
