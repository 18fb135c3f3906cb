// services::DossierSubmission as the desktop app uses it: a dossier held in memory, kept as a draft
// by services::DraftKeeper and sent to the
// real segurdesk-sandbox through the user's real local data (the keychain's key, encrypted drafts,
// the SQLite outbox) in a throwaway data folder.
#include "core/services/DossierSubmission.h"

#include "core/model/DossierFile.h"
#include "core/portal/PortalClient.h"
#include "core/services/LocalData.h"
#include "core/storage/DraftStore.h"
#include "tests/support/DataFolder.h"
#include "tests/support/DossierFactory.h"
#include "tests/support/SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using services::DossierSubmission;
using services::SubmissionOutcome;

namespace {

class DossierSubmissionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        ASSERT_TRUE(QDir().mkpath(m_home.filePath(QStringLiteral("dossiers"))));
        portal::PortalClient::Options options;
        options.timeout = 10s;
        m_client = std::make_unique<portal::PortalClient>(m_network, QUrl(m_sandbox.url()), options);
        m_submission = std::make_unique<DossierSubmission>(*m_client, m_keeper);
    }
    void TearDown() override { qunsetenv("XDG_DATA_HOME"); }

    // Dossier 1 of the factory, as the wizard holds it: the model and its inspected documents.
    model::DossierFile::Loaded dossier() const
    {
        const test::DossierFactory factory(m_home.filePath(QStringLiteral("dossiers")));
        return model::DossierFile::load(factory.write(1));
    }

    // Submits, answering each captcha with `code`, and returns the outcome.
    SubmissionOutcome submit(const model::DossierFile::Loaded& loaded, const QString& code)
    {
        QSignalSpy finished(m_submission.get(), &DossierSubmission::finished);
        const QMetaObject::Connection answering
            = QObject::connect(m_submission.get(), &DossierSubmission::captchaRequested, m_submission.get(),
                               [this, code](const QByteArray& png) {
                                   m_images << png;
                                   m_submission->answerCaptcha(code);
                               });
        m_submission->submit({loaded.dossier, loaded.attachments, 5});
        EXPECT_TRUE(m_submission->isBusy());
        EXPECT_EQ(finished.count(), 0) << "the outcome comes from the event loop";
        EXPECT_TRUE(finished.wait(60000));
        QObject::disconnect(answering);
        EXPECT_FALSE(m_submission->isBusy());
        m_kept = !finished.isEmpty() && finished.first().at(1).toBool();
        return finished.isEmpty() ? SubmissionOutcome() : finished.first().first().value<SubmissionOutcome>();
    }

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    services::DraftKeeper m_keeper;
    std::unique_ptr<DossierSubmission> m_submission;
    QList<QByteArray> m_images;
    bool m_kept = false;
};

TEST_F(DossierSubmissionTest, SendsTheDossierOnceAndFindsItsReceiptAgain)
{
    const model::DossierFile::Loaded loaded = dossier();
    ASSERT_TRUE(loaded.errors.isEmpty());
    const SubmissionOutcome sent = submit(loaded, QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_TRUE(m_kept);
    EXPECT_TRUE(sent.receipt.isValid());
    EXPECT_EQ(m_images.size(), 1);
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 1);

    // The same dossier again (the wizard's "Terminer" pressed twice, or after a crash): the
    // receipt on record, nothing sent, no captcha asked.
    const SubmissionOutcome again = submit(loaded, QString());
    EXPECT_EQ(again.kind, SubmissionOutcome::AlreadySent) << again.message.toStdString();
    EXPECT_EQ(again.receipt.number, sent.receipt.number);
    EXPECT_EQ(m_images.size(), 1);
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 1);

    // What was sent is kept, encrypted, as a submitted draft of the user's data.
    services::LocalData local;
    QSignalSpy opened(&local, &services::LocalData::opened);
    local.open(services::LocalData::Drafts);
    ASSERT_TRUE(opened.wait(30000));
    const QList<storage::DraftListEntry> drafts = local.drafts().list();
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_EQ(drafts.first().draft.state(), storage::Draft::State::Submitted);
    EXPECT_EQ(drafts.first().draft.receipt().number, sent.receipt.number);
}

TEST_F(DossierSubmissionTest, GivingUpTheCodeLeavesTheDossierPendingAndTheDataFree)
{
    const SubmissionOutcome outcome = submit(dossier(), QString());
    EXPECT_EQ(outcome.kind, SubmissionOutcome::Pending);
    EXPECT_TRUE(m_kept);
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 0);

    // The local data is not held after the submission: another user of it opens at once.
    services::LocalData local;
    QSignalSpy opened(&local, &services::LocalData::opened);
    QSignalSpy waiting(&local, &services::LocalData::waiting);
    local.open(services::LocalData::Drafts | services::LocalData::Outbox);
    ASSERT_TRUE(opened.wait(30000));
    EXPECT_TRUE(waiting.isEmpty());
}

TEST_F(DossierSubmissionTest, APendingDraftResumedAtTheNextStartIsSentWithoutItsFiles)
{
    // The security code given up once the draft was frozen: the submission ends pending.
    ASSERT_EQ(submit(dossier(), QString()).kind, SubmissionOutcome::Pending);
    const QString id = m_keeper.draftId();

    // The next start: the original files are gone, the draft is opened again and sent from its
    // own copies.
    ASSERT_TRUE(QDir(m_home.filePath(QStringLiteral("dossiers"))).removeRecursively());
    services::DraftKeeper keeper;
    QSignalSpy loadedSpy(&keeper, &services::DraftKeeper::loaded);
    keeper.load(id);
    ASSERT_TRUE(loadedSpy.wait(30000));
    const auto draft = loadedSpy.first().first().value<services::DraftKeeper::Loaded>();
    EXPECT_EQ(draft.state, storage::Draft::State::Submitting);
    m_submission = std::make_unique<DossierSubmission>(*m_client, keeper);
    const SubmissionOutcome sent = submit({draft.content.dossier, draft.content.attachments, {}},
                                          QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    ASSERT_EQ(sent.kind, SubmissionOutcome::Sent) << sent.message.toStdString();
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 1);
}

TEST_F(DossierSubmissionTest, ALocalDataFolderThatCannotBeMadeKeepsNothingAndSaysWhy)
{
    // The data folder's parent is a file: the folder cannot be made.
    const QString file = test::makeDataFolderUnusable(m_home);
    ASSERT_FALSE(file.isEmpty());
    const SubmissionOutcome outcome = submit(dossier(), QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    EXPECT_EQ(outcome.kind, SubmissionOutcome::Pending);
    EXPECT_FALSE(m_kept);
    EXPECT_FALSE(outcome.message.isEmpty());
    EXPECT_TRUE(m_images.isEmpty()) << "nothing is asked of the portal";
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 0);
}

} // namespace
