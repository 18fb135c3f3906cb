// services::DraftKeeper and services::DraftLibrary on the user's real local data (the keychain's
// key, encrypted drafts) in a throwaway data folder, with documents made at test time.
#include "core/services/DraftKeeper.h"

#include "core/model/DossierFile.h"
#include "core/services/DraftLibrary.h"
#include "tests/support/DataFolder.h"
#include "tests/support/DossierFactory.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace segurdesk;
using services::DraftKeeper;
using services::DraftLibrary;
using services::DraftSummary;

namespace {

class DraftKeeperTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        ASSERT_TRUE(QDir().mkpath(dossiersDir()));
    }
    void TearDown() override { qunsetenv("XDG_DATA_HOME"); }

    QString dossiersDir() const { return m_home.filePath(QStringLiteral("dossiers")); }

    // Dossier 1 of the factory as the wizard holds it, on `step`: the model and its documents.
    DraftKeeper::Content content(int step) const
    {
        const model::DossierFile::Loaded loaded
            = model::DossierFile::load(test::DossierFactory(dossiersDir()).write(1));
        return {loaded.dossier, loaded.attachments, step};
    }

    // Waits for the keeper to be done with every save asked; returns the messages of the failed.
    static QStringList settle(DraftKeeper& keeper, const QSignalSpy& failed)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return !keeper.isSaving(); }, 30000));
        QStringList messages;
        for (const QList<QVariant>& failure : failed)
            messages << failure.first().toString();
        return messages;
    }

    static DraftKeeper::Loaded load(const QString& id)
    {
        DraftKeeper keeper;
        QSignalSpy loaded(&keeper, &DraftKeeper::loaded);
        QSignalSpy failed(&keeper, &DraftKeeper::loadFailed);
        keeper.load(id);
        EXPECT_TRUE(QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 30000));
        EXPECT_TRUE(failed.isEmpty()) << (failed.isEmpty() ? "" : failed.first().first().toString().toStdString());
        return loaded.isEmpty() ? DraftKeeper::Loaded() : loaded.first().first().value<DraftKeeper::Loaded>();
    }

    static QList<DraftSummary> list(DraftLibrary& library)
    {
        QSignalSpy listed(&library, &DraftLibrary::listed);
        library.refresh();
        EXPECT_TRUE(listed.wait(30000));
        return listed.isEmpty() ? QList<DraftSummary>() : listed.first().first().value<QList<DraftSummary>>();
    }

    QTemporaryDir m_home;
};

TEST_F(DraftKeeperTest, TheFirstSaveCreatesTheDraftAndLaterOnesRewriteIt)
{
    DraftKeeper keeper;
    QSignalSpy saved(&keeper, &DraftKeeper::saved);
    QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
    DraftKeeper::Content typed = content(2);
    keeper.save(typed);
    EXPECT_TRUE(keeper.isSaving());
    EXPECT_TRUE(saved.isEmpty()) << "the save ends from the event loop";
    EXPECT_TRUE(settle(keeper, failed).isEmpty());
    ASSERT_EQ(saved.count(), 1);
    const QString id = keeper.draftId();
    ASSERT_FALSE(id.isEmpty());
    EXPECT_LE(saved.first().first().toDateTime().secsTo(QDateTime::currentDateTimeUtc()), 60);

    typed.dossier.applicant.tradeName = QStringLiteral("Messagerie Santé Littoral");
    typed.step = 3;
    keeper.save(typed);
    EXPECT_TRUE(settle(keeper, failed).isEmpty());
    EXPECT_EQ(keeper.draftId(), id);

    DraftLibrary library;
    const QList<DraftSummary> drafts = list(library);
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_EQ(drafts.first().id, id);
    EXPECT_EQ(drafts.first().step, 3);
    EXPECT_EQ(drafts.first().siret, typed.dossier.applicant.siret);
    EXPECT_EQ(drafts.first().companyName, typed.dossier.applicant.companyName);
    EXPECT_EQ(drafts.first().state, storage::Draft::State::Editing);
}

TEST_F(DraftKeeperTest, SavesAskedDuringASaveAreWrittenOnceWithTheNewest)
{
    DraftKeeper keeper;
    QSignalSpy saved(&keeper, &DraftKeeper::saved);
    QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
    DraftKeeper::Content typed = content(1);
    for (const char* name : {"A", "AB", "ABC"}) {
        typed.dossier.applicant.tradeName = QString::fromLatin1(name);
        keeper.save(typed);
    }
    EXPECT_TRUE(settle(keeper, failed).isEmpty());
    EXPECT_EQ(saved.count(), 2) << "the first save, then only the newest of those that waited";
    EXPECT_EQ(load(keeper.draftId()).content.dossier.applicant.tradeName, QStringLiteral("ABC"));
}

TEST_F(DraftKeeperTest, AResumedDraftHasItsDocumentsWithoutTheOriginalFiles)
{
    DraftKeeper keeper;
    QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
    const DraftKeeper::Content typed = content(4);
    ASSERT_FALSE(typed.attachments.kinds().isEmpty());
    keeper.save(typed);
    EXPECT_TRUE(settle(keeper, failed).isEmpty());
    ASSERT_TRUE(QDir(dossiersDir()).removeRecursively());

    const DraftKeeper::Loaded resumed = load(keeper.draftId());
    EXPECT_EQ(resumed.step, 4);
    EXPECT_EQ(resumed.state, storage::Draft::State::Editing);
    EXPECT_EQ(resumed.content.dossier.applicant, typed.dossier.applicant);
    EXPECT_EQ(resumed.content.attachments.kinds(), typed.attachments.kinds());
    for (const model::DocumentKind kind : typed.attachments.kinds()) {
        const model::Attachment* held = resumed.content.attachments.find(kind);
        ASSERT_TRUE(held && held->inspection);
        EXPECT_TRUE(held->path.isEmpty()) << "the draft's own copy, never a plaintext file";
        EXPECT_EQ(held->reference, QFileInfo(typed.attachments.find(kind)->path).fileName());
        // Inspected again from the decrypted copy: its type and pages, and a thumbnail.
        EXPECT_TRUE(held->inspection->accepted());
        if (held->inspection->type == files::FileType::Pdf)
            EXPECT_GE(held->inspection->pageCount, 1);
        else
            EXPECT_FALSE(held->inspection->pixelSize.isEmpty());
        EXPECT_FALSE(resumed.thumbnails.value(kind).isNull());
    }

    // Saved again as resumed, with one field changed: the documents stay the draft's.
    DraftKeeper again;
    QSignalSpy failedAgain(&again, &DraftKeeper::saveFailed);
    QSignalSpy loaded(&again, &DraftKeeper::loaded);
    again.load(keeper.draftId());
    ASSERT_TRUE(loaded.wait(30000));
    DraftKeeper::Content edited {resumed.content.dossier, resumed.content.attachments, 5};
    edited.dossier.bank.holder = QStringLiteral("MSO SAS");
    again.save(edited);
    EXPECT_TRUE(settle(again, failedAgain).isEmpty());
    const DraftKeeper::Loaded reloaded = load(keeper.draftId());
    EXPECT_EQ(reloaded.content.dossier.bank.holder, QStringLiteral("MSO SAS"));
    EXPECT_EQ(reloaded.content.attachments.kinds(), typed.attachments.kinds());
}

TEST_F(DraftKeeperTest, ADataFolderThatCannotBeMadeFailsTheSaveAndSaysWhy)
{
    // The data folder's parent is a file: the folder cannot be made.
    const QString file = test::makeDataFolderUnusable(m_home);
    ASSERT_FALSE(file.isEmpty());
    DraftKeeper keeper;
    QSignalSpy saved(&keeper, &DraftKeeper::saved);
    QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
    keeper.save(content(1));
    const QStringList messages = settle(keeper, failed);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(file)) << messages.first().toStdString();
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_TRUE(keeper.draftId().isEmpty());
}

TEST_F(DraftKeeperTest, TheLibraryDuplicatesAndRemovesDrafts)
{
    DraftKeeper keeper;
    QSignalSpy failed(&keeper, &DraftKeeper::saveFailed);
    keeper.save(content(3));
    EXPECT_TRUE(settle(keeper, failed).isEmpty());

    DraftLibrary library;
    QSignalSpy done(&library, &DraftLibrary::done);
    QSignalSpy listed(&library, &DraftLibrary::listed);
    QSignalSpy refused(&library, &DraftLibrary::failed);
    library.duplicate(keeper.draftId());
    EXPECT_TRUE(library.isBusy());
    ASSERT_TRUE(listed.wait(30000));
    ASSERT_EQ(done.count(), 1);
    const QString copy = done.first().first().toString();
    EXPECT_NE(copy, keeper.draftId());
    EXPECT_EQ(listed.first().first().value<QList<DraftSummary>>().size(), 2);
    EXPECT_EQ(load(copy).content.attachments.kinds(), content(3).attachments.kinds());

    library.remove(keeper.draftId());
    ASSERT_TRUE(listed.wait(30000));
    const auto left = listed.last().first().value<QList<DraftSummary>>();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().id, copy);

    // A draft that is no longer there: said, and the list shown as it is.
    library.remove(keeper.draftId());
    ASSERT_TRUE(listed.wait(30000));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_FALSE(refused.first().first().toString().isEmpty());
    EXPECT_EQ(listed.last().first().value<QList<DraftSummary>>().size(), 1);
}

} // namespace
