// services::DraftSubmission against the real segurdesk-sandbox on loopback, with real drafts
// (encrypted files) and a real outbox (SQLite) in a throwaway folder.
#include "core/services/DraftSubmission.h"

#include "core/crypto/SecretKey.h"
#include "core/model/DossierFile.h"
#include "core/portal/PortalClient.h"
#include "core/portal/RetryPolicy.h"
#include "core/services/DossierImporter.h"
#include "core/services/Worker.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"
#include "tests/support/DossierFactory.h"
#include "tests/support/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::DraftSubmission;
using services::SubmissionOutcome;
using test::DossierFactory;
using test::SandboxProcess;

namespace {

constexpr const char* WrongCode = "WRONG1";

class DraftSubmissionTest : public ::testing::Test
{
protected:
    explicit DraftSubmissionTest(const QJsonObject& config = {})
        : m_sandbox(config)
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("dossiers"))));
        portal::PortalClient::Options options;
        options.retry.baseDelay = 1ms;
        options.retry.maxDelay = 4ms;
        options.timeout = 10s;
        m_client = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), options);
        m_drafts = std::make_unique<storage::DraftStore>(m_dir.filePath(QStringLiteral("drafts")), m_key);
        m_outbox = std::make_unique<storage::Outbox>(m_dir.filePath(QStringLiteral("outbox.sqlite")), m_key);
        ASSERT_FALSE(m_outbox->open());
        // No data folder's lock: the test's folder is its own.
        m_submission = std::make_unique<DraftSubmission>(*m_drafts, m_outbox->location(), *m_client, nullptr);
    }

    // A draft of dossier `index`, imported from a file with its documents, as `submit` makes it.
    storage::Draft draft(int index, const QJsonObject& changes = {})
    {
        const DossierFactory factory(m_dir.filePath(QStringLiteral("dossiers")));
        QJsonObject json = factory.dossierJson(index);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            json.insert(it.key(), it.value());
        storage::Draft made;
        const storage::StorageError error
            = services::DossierImporter(*m_drafts).import(model::DossierFile::load(factory.write(index, json)), made);
        EXPECT_FALSE(error) << error.message().toStdString();
        return made;
    }

    // Submits `draft`, answering each captcha with the next of `answers`, and returns the outcome.
    SubmissionOutcome submit(const storage::Draft& draft, QStringList answers = {})
    {
        QSignalSpy finished(m_submission.get(), &DraftSubmission::finished);
        const QMetaObject::Connection answering
            = QObject::connect(m_submission.get(), &DraftSubmission::captchaRequested, m_submission.get(),
                               [&](const QByteArray& png, const QString& previousRefusal) {
                                   m_images << png;
                                   m_refusals << previousRefusal;
                                   m_submission->answerCaptcha(answers.isEmpty() ? QString() : answers.takeFirst());
                               });
        m_submission->submit(draft);
        EXPECT_TRUE(m_submission->isBusy());
        // The outcome always comes from the event loop, never from inside submit().
        EXPECT_EQ(finished.count(), 0);
        EXPECT_TRUE(finished.wait(30000));
        QObject::disconnect(answering);
        EXPECT_FALSE(m_submission->isBusy());
        return finished.isEmpty() ? SubmissionOutcome() : finished.first().first().value<SubmissionOutcome>();
    }

    QList<storage::OutboxEntry> history(const storage::Draft& draft) const
    {
        storage::StorageError error;
        QList<storage::OutboxEntry> entries = m_outbox->history(draft.id(), &error);
        EXPECT_FALSE(error) << error.message().toStdString();
        return entries;
    }

    storage::Draft reloaded(const storage::Draft& draft) const
    {
        storage::Draft loaded;
        EXPECT_FALSE(m_drafts->load(draft.id(), loaded));
        return loaded;
    }

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    crypto::SecretKey m_key = crypto::SecretKey::generate();
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<storage::DraftStore> m_drafts;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<DraftSubmission> m_submission;
    QList<QByteArray> m_images;
    QStringList m_refusals;
};

TEST_F(DraftSubmissionTest, SendsADraftOnceAndGivesTheSameReceiptAfterwards)
{
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const storage::Draft made = draft(1);
    QSignalSpy uploads(m_submission.get(), &DraftSubmission::uploadStarted);
    QSignalSpy bytes(m_submission.get(), &DraftSubmission::uploadProgress);

    const SubmissionOutcome sent = submit(made);
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_TRUE(sent.message.isEmpty()) << sent.message.toStdString();
    EXPECT_FALSE(sent.receipt.number.isEmpty());
    EXPECT_EQ(uploads.count(), 1);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_EQ(bytes.last().at(0).toLongLong(), bytes.last().at(1).toLongLong());
    EXPECT_TRUE(m_images.isEmpty()) << "a fixed answer asks nobody";

    const storage::Draft marked = reloaded(made);
    EXPECT_EQ(marked.state(), storage::Draft::State::Submitted);
    EXPECT_EQ(marked.receipt().number, sent.receipt.number);
    const QList<storage::OutboxEntry> entries = history(made);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().state, storage::OutboxEntry::State::Acknowledged);
    EXPECT_EQ(entries.first().attempts, 1);

    // The draft as it was before sending: the outbox knows it went, nothing is uploaded again.
    const SubmissionOutcome again = submit(made);
    EXPECT_EQ(again.kind, SubmissionOutcome::AlreadySent);
    EXPECT_EQ(again.receipt.number, sent.receipt.number);
    EXPECT_EQ(uploads.count(), 1);
    EXPECT_EQ(history(made).first().attempts, 1);
}

TEST_F(DraftSubmissionTest, AnOutboxBusyWithAnotherWriterNeverHoldsUpThisThread)
{
    // Another connection, as another process would, holds the outbox's write lock.
    const QString writer = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writer);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    // Let go from this thread's event loop. A submission writing on this thread would hold the
    // loop in SQLite's busy wait (5 s) past this moment, and end pending on a locked database.
    bool released = false;
    QTimer::singleShot(300ms, [&] {
        QSqlQuery(QSqlDatabase::database(writer, false)).exec(QStringLiteral("ROLLBACK"));
        released = true;
    });
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const storage::Draft made = draft(10);

    const SubmissionOutcome sent = submit(made);
    EXPECT_TRUE(released) << "the lock held: the submission waited for it";
    EXPECT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_EQ(reloaded(made).state(), storage::Draft::State::Submitted);
    QSqlDatabase::database(writer, false).close();
    QSqlDatabase::removeDatabase(writer);
}

TEST_F(DraftSubmissionTest, ASubmissionGoneWhileItRecordsLeavesTheDossierPendingForTheNext)
{
    const storage::Draft made = draft(11);
    m_submission->submit(made);
    // Gone at once, its first step on a worker: the step ends its writes, its result is dropped.
    m_submission.reset();
    ASSERT_TRUE(services::workerPool().waitForDone(30000));
    QCoreApplication::processEvents();
    ASSERT_EQ(history(made).size(), 1);
    EXPECT_EQ(history(made).first().state, storage::OutboxEntry::State::Pending);
    EXPECT_FALSE(reloaded(made).isEditable()) << "frozen with its key";

    m_submission = std::make_unique<DraftSubmission>(*m_drafts, m_outbox->location(), *m_client, nullptr);
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const SubmissionOutcome sent = submit(reloaded(made));
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    ASSERT_EQ(history(made).size(), 1) << "the same key";
    EXPECT_EQ(history(made).first().state, storage::OutboxEntry::State::Acknowledged);
}

TEST_F(DraftSubmissionTest, AsksForANewImageAfterAMistypedCode)
{
    const storage::Draft made = draft(2);
    const SubmissionOutcome sent
        = submit(made, {QString::fromLatin1(WrongCode), QString::fromLatin1(SandboxProcess::CaptchaAnswer)});
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    ASSERT_EQ(m_images.size(), 2);
    EXPECT_FALSE(QImage::fromData(m_images.first()).isNull()) << "the image is a real picture";
    EXPECT_TRUE(m_refusals.first().isEmpty());
    EXPECT_TRUE(m_refusals.last().contains(QStringLiteral("captcha"))) << m_refusals.last().toStdString();
    const QList<storage::OutboxEntry> entries = history(made);
    ASSERT_EQ(entries.size(), 1) << "one key for every round";
    EXPECT_EQ(entries.first().attempts, 2);
}

TEST_F(DraftSubmissionTest, StopsAfterThreeRefusedCodesAndTheNextSubmissionResendsTheSameKey)
{
    const storage::Draft made = draft(3);
    const QString wrong = QString::fromLatin1(WrongCode);
    const SubmissionOutcome pending = submit(made, {wrong, wrong, wrong, wrong});
    EXPECT_EQ(pending.kind, SubmissionOutcome::Pending);
    EXPECT_EQ(m_images.size(), DraftSubmission::MaxCaptchaRounds);
    EXPECT_EQ(history(made).first().attempts, DraftSubmission::MaxCaptchaRounds) << "one upload a round";
    EXPECT_FALSE(reloaded(made).isEditable()) << "a pending dossier stays frozen";
    const QList<storage::OutboxEntry> before = history(made);
    ASSERT_EQ(before.size(), 1);
    EXPECT_EQ(before.first().state, storage::OutboxEntry::State::Pending);

    const SubmissionOutcome sent = submit(reloaded(made), {QString::fromLatin1(SandboxProcess::CaptchaAnswer)});
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    const QList<storage::OutboxEntry> after = history(made);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().idempotencyKey, before.first().idempotencyKey);
    EXPECT_EQ(after.first().state, storage::OutboxEntry::State::Acknowledged);
}

TEST_F(DraftSubmissionTest, AnEmptyAnswerLeavesTheDossierPendingWithoutUploading)
{
    const storage::Draft made = draft(4);
    QSignalSpy uploads(m_submission.get(), &DraftSubmission::uploadStarted);
    const SubmissionOutcome pending = submit(made, {QString()});
    EXPECT_EQ(pending.kind, SubmissionOutcome::Pending);
    EXPECT_FALSE(pending.message.isEmpty());
    EXPECT_EQ(uploads.count(), 0);
    EXPECT_EQ(history(made).first().attempts, 0);
}

TEST_F(DraftSubmissionTest, ARefusedFixedCodeStopsThisDossierAndLeavesTheNextUntouched)
{
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(WrongCode));
    const storage::Draft first = draft(5);
    const storage::Draft second = draft(6);
    QSignalSpy uploads(m_submission.get(), &DraftSubmission::uploadStarted);

    const SubmissionOutcome refused = submit(first);
    EXPECT_EQ(refused.kind, SubmissionOutcome::Pending);
    EXPECT_TRUE(refused.fixedAnswerRefused);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("captcha"))) << refused.message.toStdString();
    EXPECT_EQ(uploads.count(), 1) << "one refusal is enough";

    const SubmissionOutcome untouched = submit(second);
    EXPECT_EQ(untouched.kind, SubmissionOutcome::Pending);
    EXPECT_TRUE(untouched.fixedAnswerRefused);
    EXPECT_TRUE(untouched.message.isEmpty());
    EXPECT_EQ(uploads.count(), 1);
    EXPECT_TRUE(history(second).isEmpty());
    EXPECT_TRUE(reloaded(second).isEditable());
}

TEST_F(DraftSubmissionTest, ARefusedDossierIsEditableAgainWithThePortalsReasonOnRecord)
{
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const storage::Draft made = draft(
        7,
        {{QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), QStringLiteral("MSS-2099-9999")}}}});
    const SubmissionOutcome refused = submit(made);
    ASSERT_EQ(refused.kind, SubmissionOutcome::Refused) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(QStringLiteral("referencing.unknown"))) << refused.message.toStdString();
    EXPECT_TRUE(reloaded(made).isEditable());
    const QList<storage::OutboxEntry> entries = history(made);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().state, storage::OutboxEntry::State::Failed);
    EXPECT_FALSE(entries.first().problem.isEmpty());

    // Sent again unchanged, it is refused locally: the portal already said no to this content.
    const SubmissionOutcome unchanged = submit(reloaded(made));
    EXPECT_EQ(unchanged.kind, SubmissionOutcome::Refused);
    EXPECT_EQ(history(made).size(), 1);
}

TEST_F(DraftSubmissionTest, AnUnreachablePortalLeavesTheDossierPendingForTheNextRun)
{
    portal::PortalClient::Options options;
    options.retry.maxAttempts = 2;
    options.retry.baseDelay = 1ms;
    options.retry.maxDelay = 4ms;
    // A port nobody listens on: every connection is refused.
    portal::PortalClient closed(m_network, QUrl(QStringLiteral("http://127.0.0.1:1")), options);
    DraftSubmission submission(*m_drafts, m_outbox->location(), closed, nullptr);
    submission.setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const storage::Draft made = draft(8);
    QSignalSpy finished(&submission, &DraftSubmission::finished);
    submission.submit(made);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.first().first().value<SubmissionOutcome>().kind, SubmissionOutcome::Pending);
    EXPECT_FALSE(reloaded(made).isEditable());
    ASSERT_EQ(history(made).size(), 1);
    EXPECT_EQ(history(made).first().state, storage::OutboxEntry::State::Pending);

    // The portal is back: the same key goes, once.
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const SubmissionOutcome sent = submit(reloaded(made));
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_EQ(history(made).size(), 1);
}

// The portal keeps the first upload but the answer is lost, then it is busy for longer than the
// request layer retries: the dossier is on the portal and the client does not know it yet.
class LostAnswerTest : public DraftSubmissionTest
{
protected:
    static QJsonObject rule(const char* kind, int maxCount)
    {
        return QJsonObject {{QStringLiteral("kind"), QLatin1String(kind)},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/enrollments")},
                            {QStringLiteral("max_count"), maxCount},
                            {QStringLiteral("retry_after_seconds"), 0}};
    }

    // One lost answer, then a 503 for every attempt left in that upload and the first of the next.
    LostAnswerTest()
        : DraftSubmissionTest(QJsonObject {
            {QStringLiteral("faults"),
             QJsonObject {
                 {QStringLiteral("rules"),
                  QJsonArray {rule("close_after_commit", 1), rule("error_503", portal::RetryPolicy().maxAttempts)}}}}})
    { }

    qint64 enrollmentsOnThePortal() const
    {
        const QString name = QStringLiteral("sandbox-rows");
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM enrollments")) && query.next())
                count = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }
};

TEST_F(LostAnswerTest, TheNextSubmissionLearnsTheReceiptWithoutSendingTheDossierTwice)
{
    m_submission->setFixedCaptchaAnswer(QString::fromLatin1(SandboxProcess::CaptchaAnswer));
    const storage::Draft made = draft(9);
    const SubmissionOutcome unknown = submit(made);
    EXPECT_EQ(unknown.kind, SubmissionOutcome::Pending) << unknown.message.toStdString();
    EXPECT_EQ(enrollmentsOnThePortal(), 1) << "the first attempt was kept by the portal";
    const QList<storage::OutboxEntry> before = history(made);
    ASSERT_EQ(before.size(), 1);
    EXPECT_EQ(before.first().state, storage::OutboxEntry::State::Pending);

    const SubmissionOutcome sent = submit(reloaded(made));
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_FALSE(sent.receipt.number.isEmpty());
    EXPECT_EQ(enrollmentsOnThePortal(), 1) << "the same key again: the portal answered with its first receipt";
    const QList<storage::OutboxEntry> after = history(made);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().idempotencyKey, before.first().idempotencyKey);
    EXPECT_EQ(after.first().state, storage::OutboxEntry::State::Acknowledged);
}

} // namespace
