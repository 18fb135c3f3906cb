// services::DossierActions and readDossierDetails against the real segurdesk-sandbox's demo account:
// the cached details of a dossier, its decision letter and mails, and the advance request sent
// exactly once when the portal's answer is lost.
#include "core/services/DossierActions.h"

#include "core/crypto/SecretKey.h"
#include "core/model/FundingRule.h"
#include "core/portal/LoginRequest.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierDetails.h"
#include "core/services/DossierSync.h"
#include "core/storage/DossierCache.h"
#include "tests/support/SandboxProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::DossierActions;
using storage::CachedObject;
using test::SandboxProcess;

namespace {

// The portal closes the connection of the first `lostAnswers` advance requests once it has
// decided them: the operator never hears the decision.
QJsonObject losingAdvanceAnswers(int lostAnswers)
{
    const QJsonObject rule {{QStringLiteral("kind"), QStringLiteral("close_after_commit")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/advance-requests")},
                            {QStringLiteral("probability"), 1.0},
                            {QStringLiteral("max_count"), lostAnswers}};
    return {{QStringLiteral("faults"), QJsonObject {{QStringLiteral("rules"), QJsonArray {rule}}}}};
}

class DossierActionsTest : public ::testing::Test
{
protected:
    explicit DossierActionsTest(const QJsonObject& config = {})
        : m_sandbox(config, {QStringLiteral("--seed-demo")})
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        portal::PortalClient::Options options;
        // One attempt per call: what the service itself does after a fault is what is tested.
        options.retry.maxAttempts = 1;
        options.timeout = 10s;
        m_client = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), options);
        portal::LoginRequest login(*m_client, QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
        QSignalSpy loggedIn(&login, &portal::PortalRequest::finished);
        login.start();
        ASSERT_TRUE(loggedIn.wait(30000));
        ASSERT_TRUE(login.succeeded()) << login.error().message().toStdString();
        m_actions = std::make_unique<DossierActions>(*m_client);
        sync();
    }

    // Downloads the account's dossiers into the cache.
    void sync()
    {
        storage::DossierCache cache(m_dir.filePath(QStringLiteral("cache.sqlite")), m_key, QStringLiteral("demo"));
        ASSERT_FALSE(cache.open());
        services::DossierSync sync(*m_client, cache.location());
        QSignalSpy refreshed(&sync, &services::DossierSync::refreshed);
        sync.refresh();
        ASSERT_TRUE(refreshed.wait(30000));
        m_snapshot = refreshed.first().first().value<services::DossierSnapshot>();
    }

    services::DossierDetails details(CachedObject::Kind kind, const QString& id)
    {
        return services::readDossierDetails(
            {m_dir.filePath(QStringLiteral("cache.sqlite")), m_key, QStringLiteral("demo")}, kind, id);
    }

    // The id of the enrollment of `company` (its trade name) in the last download.
    QString enrollmentOf(const QString& company) const
    {
        for (const QJsonObject& enrollment : m_snapshot.enrollments) {
            if (enrollment.value(QLatin1String("trade_name")).toString() == company)
                return enrollment.value(QLatin1String("id")).toString();
        }
        return {};
    }
    // The ids of the advance requests of `enrollmentId` in the last download.
    QStringList advanceRequestsOf(const QString& enrollmentId) const
    {
        QStringList ids;
        for (const QJsonObject& advance : m_snapshot.advanceRequests) {
            if (advance.value(QLatin1String("enrollment_id")).toString() == enrollmentId)
                ids << advance.value(QLatin1String("id")).toString();
        }
        return ids;
    }
    bool settle(DossierActions::Kind kind)
    {
        EXPECT_TRUE(m_actions->isBusy(kind));
        return QTest::qWaitFor([&] { return !m_actions->isBusy(kind); }, 30000);
    }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    crypto::SecretKey m_key = crypto::SecretKey::generate();
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<DossierActions> m_actions;
    services::DossierSnapshot m_snapshot;
};

TEST_F(DossierActionsTest, AnAdvanceShowsItsEnrollmentDecisionLetterMailsAndPayment)
{
    ASSERT_EQ(m_snapshot.advanceRequests.size(), 1);
    const QString advanceId = m_snapshot.advanceRequests.first().value(QLatin1String("id")).toString();
    const services::DossierDetails advance = details(CachedObject::Kind::AdvanceRequest, advanceId);
    ASSERT_TRUE(advance.problem.isEmpty()) << advance.problem.toStdString();
    ASSERT_TRUE(advance.advance && advance.enrollment);
    EXPECT_EQ(advance.enrollment->summary.tradeName, QStringLiteral("Medimail"));
    EXPECT_EQ(advance.advance->status, model::AdvanceStatus::Paid);
    ASSERT_EQ(advance.advance->documents.size(), 1);
    EXPECT_EQ(advance.advance->documents.first().kind, QStringLiteral("decision_letter"));
    QStringList kinds;
    for (const portal::MailSummary& mail : advance.mails)
        kinds << mail.kind;
    EXPECT_TRUE(kinds.contains(QStringLiteral("advance_decided"))) << kinds.join(u',').toStdString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("payment_sent"))) << kinds.join(u',').toStdString();
    ASSERT_EQ(advance.payments.size(), 1);
    EXPECT_EQ(advance.payments.first().status, model::AdvanceStatus::Paid);
    EXPECT_EQ(advance.payments.first().amountIncludingVat, advance.advance->amountIncludingVat);

    // The enrollment's own mails leave out those of its advance.
    const services::DossierDetails enrollment = details(CachedObject::Kind::Enrollment, advance.advance->enrollmentId);
    ASSERT_TRUE(enrollment.problem.isEmpty()) << enrollment.problem.toStdString();
    EXPECT_FALSE(enrollment.advance);
    EXPECT_EQ(enrollment.enrollment->advanceRequestId, advanceId);
    EXPECT_FALSE(enrollment.enrollment->statusHistory.isEmpty());
    QStringList enrollmentKinds;
    for (const portal::MailSummary& mail : enrollment.mails)
        enrollmentKinds << mail.kind;
    enrollmentKinds.sort();
    EXPECT_EQ(enrollmentKinds,
              (QStringList {QStringLiteral("access_opened"), QStringLiteral("enrollment_received"),
                            QStringLiteral("enrollment_validated")}));

    // A dossier the cache does not hold is said so, with nothing else.
    const services::DossierDetails unknown = details(CachedObject::Kind::Enrollment, QStringLiteral("999999"));
    EXPECT_FALSE(unknown.problem.isEmpty());
    EXPECT_FALSE(unknown.enrollment);
}

TEST_F(DossierActionsTest, DownloadsTheDecisionLetterAndReadsAMail)
{
    const QString advanceId = m_snapshot.advanceRequests.first().value(QLatin1String("id")).toString();
    const services::DossierDetails advance = details(CachedObject::Kind::AdvanceRequest, advanceId);
    ASSERT_TRUE(advance.advance);
    const portal::DocumentRef letter = advance.advance->documents.first();

    QSignalSpy document(m_actions.get(), &DossierActions::documentReady);
    m_actions->downloadDocument(letter.id);
    ASSERT_TRUE(settle(DossierActions::Kind::Document));
    ASSERT_EQ(document.count(), 1);
    EXPECT_EQ(document.first().at(0).toString(), letter.id);
    EXPECT_EQ(document.first().at(1).toString(), letter.fileName);
    const QByteArray pdf = document.first().at(2).toByteArray();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.size(), letter.size);

    ASSERT_FALSE(advance.mails.isEmpty());
    QSignalSpy mail(m_actions.get(), &DossierActions::mailReady);
    m_actions->readMail(advance.mails.first().id);
    ASSERT_TRUE(settle(DossierActions::Kind::Mail));
    ASSERT_EQ(mail.count(), 1);
    const auto message = mail.first().first().value<portal::MailMessage>();
    EXPECT_EQ(message.summary.id, advance.mails.first().id);
    EXPECT_FALSE(message.body.isEmpty());

    // A document that is not the account's is refused, and said so.
    QSignalSpy failed(m_actions.get(), &DossierActions::failed);
    m_actions->downloadDocument(QStringLiteral("999999"));
    ASSERT_TRUE(settle(DossierActions::Kind::Document));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().value<DossierActions::Kind>(), DossierActions::Kind::Document);
    EXPECT_FALSE(failed.first().at(1).value<portal::PortalError>().message().isEmpty());
}

TEST_F(DossierActionsTest, AnAdvanceIsDecidedWithThePortalsAmountsAndASecondIsRefused)
{
    const QString enrollmentId = enrollmentOf(QStringLiteral("Cèdres Messagerie"));
    ASSERT_FALSE(enrollmentId.isEmpty());
    const model::AdvanceRequest counts {enrollmentId, {120, 30, 900}, {150, 40, 1000}};
    QSignalSpy decided(m_actions.get(), &DossierActions::advanceDecided);
    ASSERT_TRUE(m_actions->requestAdvance(counts));
    // One at a time: a second click while the first is on its way does nothing.
    EXPECT_FALSE(m_actions->requestAdvance(counts));
    ASSERT_TRUE(settle(DossierActions::Kind::Advance));
    ASSERT_EQ(decided.count(), 1);
    const auto advance = decided.first().first().value<portal::AdvanceRequestRecord>();
    EXPECT_EQ(advance.enrollmentId, enrollmentId);
    EXPECT_EQ(advance.status, model::AdvanceStatus::Decided);
    // The advance is the fixed part of the funding, whatever the counts.
    EXPECT_EQ(advance.amountExcludingVat, model::FundingRule::arreteDu9Septembre2022().fixedPart());
    EXPECT_FALSE(advance.documents.isEmpty());

    // Once decided, the key is dropped: another request for the enrollment is a new one, which the
    // portal refuses, and which leaves no doubt about its outcome.
    QSignalSpy failed(m_actions.get(), &DossierActions::failed);
    ASSERT_TRUE(m_actions->requestAdvance(counts));
    ASSERT_TRUE(settle(DossierActions::Kind::Advance));
    ASSERT_EQ(failed.count(), 1);
    const auto refusal = failed.first().at(1).value<portal::PortalError>();
    EXPECT_EQ(refusal.code, portal::PortalErrorCode::AdvanceAlreadyRequested);
    EXPECT_FALSE(DossierActions::isOutcomeUnknown(refusal));
    sync();
    EXPECT_EQ(advanceRequestsOf(enrollmentId), QStringList {advance.id});
}

class DossierActionsLostAnswers : public DossierActionsTest
{
protected:
    DossierActionsLostAnswers()
        : DossierActionsTest(losingAdvanceAnswers(2))
    { }
};

// The portal decides the request but its answer is lost (twice: Qt's network layer may resend a
// request by itself once when a reused connection drops). The operator sends it again: the same
// key gets the first decision, and the enrollment has one advance request.
TEST_F(DossierActionsLostAnswers, SendingAgainAfterALostAnswerGetsTheFirstDecision)
{
    const QString enrollmentId = enrollmentOf(QStringLiteral("Cèdres Messagerie"));
    ASSERT_FALSE(enrollmentId.isEmpty());
    const model::AdvanceRequest counts {enrollmentId, {10, 2, 50}, {12, 3, 60}};
    QSignalSpy decided(m_actions.get(), &DossierActions::advanceDecided);
    QSignalSpy failed(m_actions.get(), &DossierActions::failed);
    for (int attempt = 0; attempt < 4 && decided.isEmpty(); ++attempt) {
        ASSERT_TRUE(m_actions->requestAdvance(counts));
        ASSERT_TRUE(settle(DossierActions::Kind::Advance));
    }
    ASSERT_GE(failed.count(), 1) << "the first answer was lost";
    for (const QList<QVariant>& failure : failed)
        EXPECT_TRUE(DossierActions::isOutcomeUnknown(failure.at(1).value<portal::PortalError>()))
            << failure.at(1).value<portal::PortalError>().supportReport().toStdString();
    ASSERT_EQ(decided.count(), 1);
    sync();
    EXPECT_EQ(advanceRequestsOf(enrollmentId),
              QStringList {decided.first().first().value<portal::AdvanceRequestRecord>().id});
}

// Why a front end keeps the counts as they were sent while the outcome is unknown: other counts
// are another request, which the portal refuses once it has recorded the first.
TEST_F(DossierActionsLostAnswers, OtherCountsAfterALostAnswerAreRefusedAndTheFirstOnesKept)
{
    const QString enrollmentId = enrollmentOf(QStringLiteral("Cèdres Messagerie"));
    ASSERT_FALSE(enrollmentId.isEmpty());
    QSignalSpy failed(m_actions.get(), &DossierActions::failed);
    ASSERT_TRUE(m_actions->requestAdvance({enrollmentId, {10, 2, 50}, {12, 3, 60}}));
    ASSERT_TRUE(settle(DossierActions::Kind::Advance));
    ASSERT_EQ(failed.count(), 1);
    ASSERT_TRUE(DossierActions::isOutcomeUnknown(failed.first().at(1).value<portal::PortalError>()));
    // Sent until an answer comes through (the portal may close the connection once more).
    QSignalSpy decided(m_actions.get(), &DossierActions::advanceDecided);
    portal::PortalError last;
    for (int attempt = 0; attempt < 3; ++attempt) {
        failed.clear();
        ASSERT_TRUE(m_actions->requestAdvance({enrollmentId, {10, 2, 50}, {20, 3, 60}}));
        ASSERT_TRUE(settle(DossierActions::Kind::Advance));
        ASSERT_EQ(failed.count(), 1);
        last = failed.first().at(1).value<portal::PortalError>();
        if (!DossierActions::isOutcomeUnknown(last))
            break;
    }
    EXPECT_TRUE(decided.isEmpty());
    EXPECT_EQ(last.code, portal::PortalErrorCode::AdvanceAlreadyRequested) << last.supportReport().toStdString();
    sync();
    ASSERT_EQ(m_snapshot.advanceRequests.size(), 2);
    for (const QJsonObject& advance : m_snapshot.advanceRequests) {
        if (advance.value(QLatin1String("enrollment_id")).toString() != enrollmentId)
            continue;
        const QJsonObject estimated = advance.value(QLatin1String("estimated")).toObject();
        EXPECT_EQ(estimated.value(QLatin1String("applicative")).toInt(), 12);
    }
}

} // namespace
