// Drafts protected by a passphrase (a computer without a keychain): the home page asks for it
// once, a wrong one is told in the dialog, the right one opens the drafts for the session. The
// key file, the drafts and scrypt are real, in a throwaway data folder.
#include "app/drafts/DraftList.h"
#include "app/drafts/PassphraseDialog.h"
#include "core/services/LocalData.h"
#include "core/services/SessionKey.h"
#include "core/storage/DraftStore.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <optional>

namespace segurdesk::drafts {
namespace {

const QString Passphrase = QStringLiteral("trois mots de passe");

class PassphraseTest : public segurdesk::testing::TranslatedTest
{
protected:
    // Each test starts a session of its own on an empty data folder.
    void SetUp() override
    {
        TranslatedTest::SetUp();
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        services::SessionKey::forget();
    }
    void TearDown() override
    {
        services::SessionKey::forget();
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    // A draft kept under `passphrase` in an earlier session.
    static void keepDraftUnder(const QString& passphrase)
    {
        services::LocalData data;
        data.setPassphrase(passphrase);
        QSignalSpy opened(&data, &services::LocalData::opened);
        data.open(services::LocalData::Drafts);
        ASSERT_TRUE(opened.wait(30000));
        storage::Draft draft;
        ASSERT_FALSE(data.drafts().create(QJsonObject {{QStringLiteral("format_version"), 1}}, draft));
        services::SessionKey::forget();
    }

    // The home page's list shown and read: the dialog asking for the passphrase opens by itself.
    static void showHomePage(DraftList& list, PassphraseDialog*& dialog)
    {
        list.show();
        list.refresh();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = list.findChild<PassphraseDialog*>()) && dialog->isVisible(), 30000);
    }

    static void type(PassphraseDialog* dialog, const char* name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void confirm(PassphraseDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    // How the local data opens now without a passphrase: nullopt once opened, else the failure.
    static std::optional<services::LocalData::Failure> opensWithoutPassphrase()
    {
        services::LocalData data;
        QSignalSpy opened(&data, &services::LocalData::opened);
        QSignalSpy failed(&data, &services::LocalData::failed);
        data.open(services::LocalData::Drafts);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 30000));
        if (failed.isEmpty())
            return std::nullopt;
        return failed.first().first().value<services::LocalData::Failure>();
    }

    static QString message(const QWidget* widget)
    {
        return widget->findChild<QLabel*>(QStringLiteral("message"))->text();
    }

    QTemporaryDir m_home;
};

TEST_F(PassphraseTest, TheHomePageAsksOnceAndTheRightPassphraseListsTheDrafts)
{
    ASSERT_NO_FATAL_FAILURE(keepDraftUnder(Passphrase));
    DraftList list;
    PassphraseDialog* dialog = nullptr;
    ASSERT_NO_FATAL_FAILURE(showHomePage(list, dialog));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Déverrouiller vos brouillons"));
    EXPECT_FALSE(dialog->findChild<QLineEdit*>(QStringLiteral("confirmationEdit"))->isVisible());
    EXPECT_TRUE(list.findChild<QPushButton*>(QStringLiteral("passphraseButton"))->isVisible());
    EXPECT_TRUE(list.findChild<QLabel*>(QStringLiteral("draftsMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Vos brouillons sont protégés par une phrase secrète")));

    // A wrong passphrase is told in the dialog, which stays open.
    type(dialog, "passphraseEdit", QStringLiteral("pas la bonne phrase"));
    confirm(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(message(dialog).startsWith(QStringLiteral("La phrase secrète est incorrecte")), 30000);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(opensWithoutPassphrase(), services::LocalData::Failure::PassphraseNeeded) << "nothing kept";

    type(dialog, "passphraseEdit", Passphrase);
    confirm(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(list.findChild<QTreeWidget*>(QStringLiteral("draftTree"))->topLevelItemCount(), 1, 30000);
    QTRY_VERIFY(list.findChild<PassphraseDialog*>() == nullptr);
    EXPECT_FALSE(list.findChild<QPushButton*>(QStringLiteral("passphraseButton"))->isVisible());

    // For the rest of the session, the drafts open without it.
    EXPECT_EQ(opensWithoutPassphrase(), std::nullopt);
}

TEST_F(PassphraseTest, GivenUpTheDialogCanBeOpenedAgainFromTheHomePage)
{
    ASSERT_NO_FATAL_FAILURE(keepDraftUnder(Passphrase));
    DraftList list;
    PassphraseDialog* dialog = nullptr;
    ASSERT_NO_FATAL_FAILURE(showHomePage(list, dialog));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(list.findChild<PassphraseDialog*>() == nullptr);

    // Asked once by itself; then on request.
    list.refresh();
    auto* button = list.findChild<QPushButton*>(QStringLiteral("passphraseButton"));
    QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 30000);
    EXPECT_EQ(list.findChild<PassphraseDialog*>(), nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((dialog = list.findChild<PassphraseDialog*>()) && dialog->isVisible());
}

TEST_F(PassphraseTest, AChosenPassphraseIsLongEnoughTypedTwiceAndProtectsTheDrafts)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose);
    QSignalSpy unlocked(&dialog, &PassphraseDialog::unlocked);
    dialog.open();
    ASSERT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("confirmationEdit"))->isVisible());

    type(&dialog, "passphraseEdit", QStringLiteral("court"));
    type(&dialog, "confirmationEdit", QStringLiteral("court"));
    confirm(&dialog);
    EXPECT_TRUE(message(&dialog).startsWith(QStringLiteral("Au moins 12 caractères")))
        << message(&dialog).toStdString();

    type(&dialog, "passphraseEdit", Passphrase);
    type(&dialog, "confirmationEdit", QStringLiteral("trois mots de passe !"));
    confirm(&dialog);
    EXPECT_TRUE(message(&dialog).startsWith(QStringLiteral("Les deux phrases secrètes diffèrent")))
        << message(&dialog).toStdString();
    EXPECT_FALSE(QFile::exists(QDir(services::LocalData::dataDir()).filePath(QStringLiteral("drafts.key"))));

    type(&dialog, "confirmationEdit", Passphrase);
    confirm(&dialog);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_TRUE(QFile::exists(QDir(services::LocalData::dataDir()).filePath(QStringLiteral("drafts.key"))));
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->text().isEmpty());
    EXPECT_EQ(opensWithoutPassphrase(), std::nullopt) << "the chosen key is kept for the session";
}

} // namespace
} // namespace segurdesk::drafts
