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
#include "tests/core/portal/SandboxLauncher.h"
#include "tests/core/portal/TestDocuments.h"

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

namespace {

void run(PortalRequest& request)
{
    QSignalSpy finished(&request, &PortalRequest::finished);
    request.start();
    if (!request.isFinished()) {
        ASSERT_TRUE(finished.wait(30000)) << request.pathTemplate().toStdString();
    }
}

QJsonObject validDossier(const QString& captchaId)
{
    const QString email = QStringLiteral("marie.dupont@example.fr");
    return QJsonObject {
        {QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), QStringLiteral("MSS-2022-0042")}}},
        {QStringLiteral("applicant"),
         QJsonObject {{QStringLiteral("siret"), QStringLiteral("58816302200019")},
                      {QStringLiteral("company_name"), QStringLiteral("MEDIMAIL CONNECT SA")},
                      {QStringLiteral("trade_name"), QStringLiteral("Medimail")},
                      {QStringLiteral("address"),
                       QJsonObject {{QStringLiteral("street"), QStringLiteral("12 quai Marcel Boyer")},
                                    {QStringLiteral("postal_code"), QStringLiteral("94200")},
                                    {QStringLiteral("city"), QStringLiteral("IVRY-SUR-SEINE")}}},
                      {QStringLiteral("is_legal_representative"), true}}},
        {QStringLiteral("representative"),
         QJsonObject {{QStringLiteral("last_name"), QStringLiteral("Dupont")},
                      {QStringLiteral("first_name"), QStringLiteral("Marie")},
                      {QStringLiteral("email"), email},
                      {QStringLiteral("email_confirmation"), email},
                      {QStringLiteral("phone"), QStringLiteral("+33 6 12 34 56 78")},
                      {QStringLiteral("id_document_type"), QStringLiteral("national_id")}}},
        {QStringLiteral("bank"),
         QJsonObject {{QStringLiteral("iban"), QStringLiteral("FR7630006000011234567890189")},
                      {QStringLiteral("bic"), QStringLiteral("BNPAFRPP")},
                      {QStringLiteral("holder"), QStringLiteral("Medimail Connect SA")}}},
        {QStringLiteral("vat_rate"), QStringLiteral("20")},
        {QStringLiteral("declarations"),
         QJsonObject {{QStringLiteral("terms_of_use"), true},
                      {QStringLiteral("penal_code_441_7"), true},
                      {QStringLiteral("information_authentic"), true}}},
        {QStringLiteral("captcha"),
         QJsonObject {{QStringLiteral("id"), captchaId},
                      {QStringLiteral("answer"), QLatin1String(SandboxLauncher::CaptchaAnswer)}}},
    };
}

QString latestCredentialsMail(const QString& dataDir)
{
    const QDir outbox(QDir(dataDir).filePath(QStringLiteral("outbox")));
    const QStringList names = outbox.entryList({QStringLiteral("*credentials.eml")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return {};
    QFile file(outbox.filePath(names.last()));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(PortalAccountSandbox, FirstLoginPasswordChangePolledListAndLogout)
{
    SandboxLauncher sandbox;
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
    const QByteArray pdf = QByteArrayLiteral("application/pdf");
    EnrollmentSubmission submission(
        client, validDossier(captcha.value().id),
        {UploadDocument::fromFile(QStringLiteral("referencing_certificate"),
                                  writePdf(files, QStringLiteral("c.pdf"), QStringLiteral("C")), pdf),
         UploadDocument::fromFile(QStringLiteral("operator_contract"),
                                  writePdf(files, QStringLiteral("o.pdf"), QStringLiteral("O")), pdf),
         UploadDocument::fromFile(QStringLiteral("representative_id_document"),
                                  writeNoisePng(files, QStringLiteral("id.png"), 60, 40),
                                  QByteArrayLiteral("image/png")),
         UploadDocument::fromFile(QStringLiteral("rib"), writePdf(files, QStringLiteral("r.pdf"), QStringLiteral("R")),
                                  pdf)},
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

    const QString mail = latestCredentialsMail(sandbox.dataDir());
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
