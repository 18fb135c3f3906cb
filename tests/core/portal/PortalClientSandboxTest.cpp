#include "core/portal/BankLookupRequest.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/CompanyLookupRequest.h"
#include "core/portal/ConfigRequest.h"
#include "core/portal/EnrollmentSubmission.h"
#include "core/portal/PortalClient.h"
#include "core/portal/ReferencingLookupRequest.h"
#include "core/portal/TemplateDownloadRequest.h"
#include "tests/core/portal/FakeTime.h"
#include "tests/core/portal/RunRequest.h"
#include "tests/core/portal/TestDocuments.h"
#include "tests/support/SandboxProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
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

// The session token leaves the client only on a request's wire: no other code can read it.
template<typename Client>
concept ExposesAuthorization = requires(const Client& client)
{
    client.authorizationHeader();
};
static_assert(!ExposesAuthorization<PortalClient>);

QJsonObject faultConfig(const char* kind, const char* method, const char* path, int maxCount, int extra = 0)
{
    QJsonObject rule {{QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("method"), QLatin1String(method)},
                      {QStringLiteral("path"), QLatin1String(path)},
                      {QStringLiteral("probability"), 1.0},
                      {QStringLiteral("max_count"), maxCount}};
    if (QByteArray(kind) == "stall")
        rule.insert(QStringLiteral("stall_ms"), extra);
    else
        rule.insert(QStringLiteral("retry_after_seconds"), extra);
    return QJsonObject {{QStringLiteral("faults"), QJsonObject {{QStringLiteral("rules"), QJsonArray {rule}}}}};
}

class PortalSandbox : public ::testing::Test
{
protected:
    virtual QJsonObject config() const { return {}; }

    void SetUp() override
    {
        m_sandbox = std::make_unique<SandboxProcess>(config());
        ASSERT_TRUE(m_sandbox->ok()) << m_sandbox->error().toStdString();
        ASSERT_TRUE(m_documentsDir.isValid());
        m_client = makeClient(QUrl(m_sandbox->url()));
    }

    std::unique_ptr<PortalClient> makeClient(const QUrl& url, std::chrono::milliseconds timeout = 10s)
    {
        PortalClient::Options options;
        options.retry.maxAttempts = 4;
        options.retry.baseDelay = 1ms;
        options.retry.maxDelay = 4ms;
        options.timeout = timeout;
        options.clock = &m_clock;
        options.random = &m_random;
        return std::make_unique<PortalClient>(m_network, url, options);
    }

    QString captchaId()
    {
        CaptchaRequest captcha(*m_client);
        run(captcha);
        EXPECT_TRUE(captcha.succeeded()) << captcha.error().supportReport().toStdString();
        return captcha.value().id;
    }

    QJsonObject dossier(const QString& captcha)
    {
        EnrollmentForm form;
        form.setCaptcha(captcha, QLatin1String(SandboxProcess::CaptchaAnswer));
        return form.dossier;
    }

    // The form's documents, the identity document as a 600 kB image so that uploads stream.
    QList<UploadDocument> documents()
    {
        EnrollmentForm form;
        form.documents.insert(QStringLiteral("representative_id_document"), EnrollmentForm::noisePng(500, 400));
        return uploadDocuments(form, m_documentsDir);
    }

    FakeClock m_clock;
    FakeRandom m_random {{0.5}};
    QNetworkAccessManager m_network;
    QTemporaryDir m_documentsDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<PortalClient> m_client;
};

TEST_F(PortalSandbox, ConfigIsFetchedThenPolledWithETag)
{
    ConfigRequest first(*m_client);
    run(first);
    ASSERT_TRUE(first.succeeded()) << first.error().supportReport().toStdString();
    EXPECT_FALSE(first.wasNotModified());
    EXPECT_GT(first.value().upload.maxBytes, 0);
    EXPECT_FALSE(first.value().vatRates.isEmpty());
    EXPECT_EQ(first.httpStatus(), 200);

    ConfigRequest second(*m_client);
    run(second);
    ASSERT_TRUE(second.succeeded());
    EXPECT_TRUE(second.wasNotModified()) << "If-None-Match got a 304";
    EXPECT_EQ(second.httpStatus(), 304);
    EXPECT_EQ(second.value().upload.maxBytes, first.value().upload.maxBytes);
    EXPECT_EQ(second.value().call.closesAt, first.value().call.closesAt);
}

TEST_F(PortalSandbox, LookupsGiveTypedValuesAndUnknownNumbersAreNotFound)
{
    ReferencingLookupRequest known(*m_client, QStringLiteral("MSS-2022-0042"));
    run(known);
    ASSERT_TRUE(known.succeeded()) << known.error().supportReport().toStdString();
    EXPECT_EQ(known.value().referencing.number, QStringLiteral("MSS-2022-0042"));
    EXPECT_EQ(known.value().referencing.developerSiret.size(), 14);

    ReferencingLookupRequest unknown(*m_client, QStringLiteral("MSS-1999/../0000"));
    run(unknown);
    ASSERT_FALSE(unknown.succeeded());
    EXPECT_EQ(unknown.error().code, PortalErrorCode::NotFound);
    EXPECT_EQ(unknown.error().httpStatus, 404);
    EXPECT_EQ(unknown.attempts(), 1) << "a 404 is final";
    EXPECT_FALSE(unknown.error().requestId.isEmpty());
    EXPECT_TRUE(unknown.error().portalAnswer.contains(QLatin1String("not-found")));
    EXPECT_TRUE(unknown.error().supportReport().contains(unknown.error().requestId));

    BankLookupRequest bank(*m_client, QStringLiteral("BNPAFRPP"));
    run(bank);
    ASSERT_TRUE(bank.succeeded()) << bank.error().supportReport().toStdString();
    EXPECT_FALSE(bank.value().domiciliation.isEmpty());

    TemplateDownloadRequest model(*m_client, QStringLiteral("mandate"));
    run(model);
    ASSERT_TRUE(model.succeeded()) << model.error().supportReport().toStdString();
    EXPECT_EQ(model.contentType(), QStringLiteral("application/pdf"));
    EXPECT_TRUE(model.content().startsWith("%PDF"));
}

TEST_F(PortalSandbox, CompanyLookupNeedsTheCaptchaAndMapsItsErrorsToModelPaths)
{
    CompanyLookupRequest company(*m_client, QStringLiteral("58816302200019"), captchaId(),
                                 QLatin1String(SandboxProcess::CaptchaAnswer));
    run(company);
    ASSERT_TRUE(company.succeeded()) << company.error().supportReport().toStdString();
    EXPECT_EQ(company.value().siret, QStringLiteral("58816302200019"));
    EXPECT_FALSE(company.value().address.city.isEmpty());

    CompanyLookupRequest wrongAnswer(*m_client, QStringLiteral("58816302200019"), captchaId(), QStringLiteral("NOPE"));
    run(wrongAnswer);
    ASSERT_EQ(wrongAnswer.error().code, PortalErrorCode::ValidationFailed);
    ASSERT_FALSE(wrongAnswer.error().fieldErrors.isEmpty());
    EXPECT_EQ(wrongAnswer.error().fieldErrors.first().field, QStringLiteral("captcha.answer"));
}

TEST_F(PortalSandbox, SubmissionStreamsDocumentsWithProgressAndIsReplayedWithTheSameKey)
{
    const QList<UploadDocument> files = documents();
    QList<qint64> sizes;
    for (const UploadDocument& file : files)
        sizes.append(QFileInfo(m_documentsDir.filePath(file.fileName)).size());
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject form = dossier(captchaId());

    EnrollmentSubmission submission(*m_client, form, files, key);
    QList<QList<qint64>> perDocument(files.size());
    qint64 overallTotal = 0;
    qint64 overallSent = 0;
    QObject::connect(&submission, &EnrollmentSubmission::documentProgress, [&](int index, qint64 sent, qint64 total) {
        ASSERT_GE(index, 0);
        ASSERT_LT(index, files.size());
        EXPECT_EQ(total, sizes.at(index));
        if (sent > 0) {
            for (int before = 0; before < index; ++before) {
                ASSERT_FALSE(perDocument[before].isEmpty());
                EXPECT_EQ(perDocument[before].last(), sizes.at(before))
                    << "a document starts only once the previous one is sent";
            }
        }
        perDocument[index].append(sent);
    });
    QObject::connect(&submission, &PortalRequest::uploadProgress, [&](qint64 sent, qint64 total) {
        EXPECT_GE(sent, overallSent);
        overallSent = sent;
        overallTotal = total;
    });
    run(submission);
    ASSERT_TRUE(submission.succeeded()) << submission.error().supportReport().toStdString();
    EXPECT_FALSE(submission.value().replayed);
    EXPECT_FALSE(submission.value().number.isEmpty());
    EXPECT_EQ(submission.value().status, model::EnrollmentStatus::Submitted);

    qint64 documentBytes = 0;
    for (int i = 0; i < files.size(); ++i) {
        const qint64 size = sizes.at(i);
        documentBytes += size;
        ASSERT_FALSE(perDocument[i].isEmpty()) << i;
        EXPECT_EQ(perDocument[i].last(), size) << "document " << i << " reported complete";
        EXPECT_TRUE(std::is_sorted(perDocument[i].cbegin(), perDocument[i].cend()));
    }
    EXPECT_EQ(overallSent, overallTotal);
    EXPECT_GT(overallTotal, documentBytes) << "the total covers the JSON part and the multipart framing";
    EXPECT_LT(overallTotal, documentBytes + qint64 {8} * 1024);

    EnrollmentSubmission again(*m_client, form, files, key);
    run(again);
    ASSERT_TRUE(again.succeeded()) << again.error().supportReport().toStdString();
    EXPECT_TRUE(again.value().replayed);
    EXPECT_EQ(again.value().number, submission.value().number);
}

TEST_F(PortalSandbox, RefusedFieldsComeBackAtTheModelPaths)
{
    QJsonObject form = dossier(captchaId());
    QJsonObject bank = form.value(QStringLiteral("bank")).toObject();
    bank.insert(QStringLiteral("iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    form.insert(QStringLiteral("bank"), bank);
    EnrollmentSubmission submission(*m_client, form, documents(),
                                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    run(submission);
    ASSERT_EQ(submission.error().code, PortalErrorCode::ValidationFailed)
        << submission.error().supportReport().toStdString();
    EXPECT_EQ(submission.attempts(), 1);
    const auto& fields = submission.error().fieldErrors;
    EXPECT_TRUE(std::any_of(fields.cbegin(), fields.cend(),
                            [](const model::FieldError& e) { return e.field == QLatin1String("bank.iban"); }));
}

TEST_F(PortalSandbox, UnreadableDocumentFailsBeforeSending)
{
    QList<UploadDocument> files = documents();
    for (UploadDocument& file : files) {
        if (file.part == QLatin1String("operator_contract"))
            file = UploadDocument::fromFile(file.part, m_documentsDir.filePath(QStringLiteral("gone.pdf")),
                                            QByteArrayLiteral("application/pdf"));
    }
    EnrollmentSubmission submission(*m_client, dossier(QStringLiteral("unused")), files, "key-1");
    run(submission);
    EXPECT_EQ(submission.error().code, PortalErrorCode::DocumentUnreadable);
    EXPECT_TRUE(submission.error().technicalDetail.contains(QLatin1String("operator_contract")));
    EXPECT_FALSE(submission.error().technicalDetail.contains(QLatin1String("gone.pdf"))) << "no file name in details";
}

TEST_F(PortalSandbox, PlainHttpToAnotherHostIsRefusedBeforeSending)
{
    auto remote = makeClient(QUrl(QStringLiteral("http://portal.example.org:8080")));
    ConfigRequest request(*remote);
    run(request);
    EXPECT_EQ(request.error().code, PortalErrorCode::InsecureTransport);
    EXPECT_EQ(request.attempts(), 0);
}

TEST_F(PortalSandbox, CancelAbortsARunningTransfer)
{
    EnrollmentSubmission submission(*m_client, dossier(captchaId()), documents(), "cancelled-key");
    QSignalSpy finished(&submission, &PortalRequest::finished);
    submission.start();
    submission.cancel();
    ASSERT_TRUE(submission.isFinished() || finished.wait(10000));
    EXPECT_EQ(submission.error().code, PortalErrorCode::Cancelled);
    EXPECT_EQ(submission.attempts(), 1) << "nothing retried";
    EXPECT_EQ(finished.count(), 1);
}

class PortalSandbox503 : public PortalSandbox
{
protected:
    QJsonObject config() const override { return faultConfig("error_503", "GET", "/api/v1/config", 2, 3); }
};

TEST_F(PortalSandbox503, IdempotentRequestIsRetriedAfterRetryAfterWithoutWallClockWaits)
{
    ConfigRequest request(*m_client);
    QSignalSpy retries(&request, &PortalRequest::retryScheduled);
    run(request);
    ASSERT_TRUE(request.succeeded()) << request.error().supportReport().toStdString();
    EXPECT_EQ(request.attempts(), 3);
    EXPECT_EQ(retries.count(), 2);
    ASSERT_EQ(m_clock.delays().size(), 2u);
    for (const auto delay : m_clock.delays())
        EXPECT_GE(delay, 3s) << "Retry-After honoured";
}

TEST_F(PortalSandbox503, CancelDuringTheWaitEndsWithoutAnotherAttempt)
{
    ConfigRequest request(*m_client);
    QObject::connect(&request, &PortalRequest::retryScheduled, &request, &PortalRequest::cancel);
    run(request);
    EXPECT_EQ(request.error().code, PortalErrorCode::Cancelled);
    EXPECT_EQ(request.attempts(), 1);
}

class PortalSandboxPost503 : public PortalSandbox
{
protected:
    QJsonObject config() const override { return faultConfig("error_503", "POST", "/api/v1/captchas", 1, 7); }
};

TEST_F(PortalSandboxPost503, PostWithoutIdempotencyKeyIsNeverRetried)
{
    CaptchaRequest request(*m_client);
    run(request);
    EXPECT_EQ(request.error().code, PortalErrorCode::ServiceUnavailable);
    EXPECT_EQ(request.attempts(), 1);
    EXPECT_EQ(request.error().retryAfter, 7s);
    EXPECT_TRUE(m_clock.delays().empty());
}

class PortalSandboxCloseAfterCommit : public PortalSandbox
{
protected:
    QJsonObject config() const override { return faultConfig("close_after_commit", "POST", "/api/v1/enrollments", 1); }
};

TEST_F(PortalSandboxCloseAfterCommit, LostAnswerIsRecoveredWithTheSameKeyAndFiledOnce)
{
    EnrollmentSubmission submission(*m_client, dossier(captchaId()), documents(),
                                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    run(submission);
    ASSERT_TRUE(submission.succeeded()) << submission.error().supportReport().toStdString();
    // Either this client retried, or Qt's HTTP layer resent on its own (it does once when a reused
    // connection drops before any answer): both resend the same key and get the committed answer.
    EXPECT_LE(submission.attempts(), 2);
    EXPECT_TRUE(submission.value().replayed) << "the resend got the first, committed answer";
}

class PortalSandboxStall : public PortalSandbox
{
protected:
    QJsonObject config() const override { return faultConfig("stall", "GET", "/api/v1/config", 10, 5000); }
};

TEST_F(PortalSandboxStall, StalledAnswerTimesOutAfterBoundedRetries)
{
    auto impatient = makeClient(QUrl(m_sandbox->url()), 150ms);
    ConfigRequest request(*impatient);
    run(request);
    EXPECT_EQ(request.error().code, PortalErrorCode::Timeout);
    EXPECT_EQ(request.attempts(), 4) << "maxAttempts bounds the retries";
}

} // namespace
