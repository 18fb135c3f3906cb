#include "app/settings/SettingsDialog.h"

#include "app/window/MainWindow.h"
#include "core/services/Worker.h"
#include "core/storage/ApplicationIdentity.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <utility>

namespace {

using segurdesk::settings::Preferences;
using segurdesk::settings::SettingsDialog;

// The settings go to a throwaway configuration folder, under the application's own name, and the
// window's drafts to a throwaway data folder.
class Settings : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, configDir());
        m_testName = {QCoreApplication::organizationName(), QCoreApplication::applicationName()};
        segurdesk::storage::setApplicationIdentity();
        TranslatedTest::SetUp();
    }
    void TearDown() override
    {
        QCoreApplication::setOrganizationName(m_testName.first);
        QCoreApplication::setApplicationName(m_testName.second);
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    QString configDir() const { return m_home.filePath(QStringLiteral("config")); }
    QString settingsFile() const { return QDir(configDir()).filePath(QStringLiteral("SegurDesk/segurdesk.conf")); }

    // The settings dialog the window opens from its menu.
    static SettingsDialog* openSettings(segurdesk::MainWindow& window)
    {
        window.findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
        return window.findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    }

    static void choose(SettingsDialog& dialog, const QString& address, const QString& language)
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("portalEdit"))->setText(address);
        auto* languages = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
        languages->setCurrentIndex(languages->findData(language));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }

    QTemporaryDir m_home;
    std::pair<QString, QString> m_testName;
};

TEST_F(Settings, RefusesPlainHttpToAnotherComputerWithTheReasonAndKeepsNothing)
{
    segurdesk::MainWindow window;
    window.show();
    SettingsDialog* dialog = openSettings(window);
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());

    choose(*dialog, QStringLiteral("http://portail.example.fr/api"), QStringLiteral("en"));
    const auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains(QStringLiteral("seul https est autorisé"))) << message->text().toStdString();
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("portalEdit"))->accessibleDescription(), message->text());
    // Nothing written, even by a job left running, and the interface still in French.
    segurdesk::services::finishWorkers();
    QCoreApplication::processEvents();
    EXPECT_FALSE(QFile::exists(settingsFile()));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Préférences"));
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("newEnrollmentButton"))->text(),
              QStringLiteral("Nouvelle demande d'enrôlement…"));
    dialog->reject();
}

// What is saved is what the next start reads, the language switches at once in the open window,
// and an address on this computer may be plain http (a portal tried locally).
TEST_F(Settings, SavesWhatTheNextStartReadsAndSwitchesTheLanguageLive)
{
    segurdesk::MainWindow window;
    window.setPreferences(Preferences::stored());
    window.show();
    const auto* newRequest = window.findChild<QPushButton*>(QStringLiteral("newEnrollmentButton"));
    ASSERT_EQ(newRequest->text(), QStringLiteral("Nouvelle demande d'enrôlement…"));

    SettingsDialog* dialog = openSettings(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLineEdit*>(QStringLiteral("portalEdit"))->text().isEmpty());
    EXPECT_EQ(dialog->findChild<QComboBox*>(QStringLiteral("languageBox"))->currentText(), QStringLiteral("Français"));
    choose(*dialog, QStringLiteral("http://127.0.0.1:8443/api"), QStringLiteral("en"));
    QTRY_VERIFY(window.findChild<SettingsDialog*>() == nullptr);

    QTRY_COMPARE(newRequest->text(), QStringLiteral("New enrollment request…"));
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("The new portal address is used from the next start of Ségur Desk."));
    const Preferences next = Preferences::stored();
    EXPECT_EQ(next.portal, QUrl(QStringLiteral("http://127.0.0.1:8443/api")));
    EXPECT_EQ(next.language, QStringLiteral("en"));

    // Back to French and to the demonstration portal, from the dialog now in English.
    dialog = openSettings(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Settings"));
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("portalEdit"))->placeholderText(),
              QStringLiteral("Empty: the demonstration portal, on this computer"));
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("portalEdit"))->text(),
              QStringLiteral("http://127.0.0.1:8443/api"));
    choose(*dialog, QString(), QStringLiteral("fr"));
    QTRY_VERIFY(window.findChild<SettingsDialog*>() == nullptr);
    QTRY_COMPARE(newRequest->text(), QStringLiteral("Nouvelle demande d'enrôlement…"));
    EXPECT_EQ(Preferences::stored(), Preferences {});
}

// An administrator's SEGURDESK_PORTAL and SEGURDESK_LANG win at start, and never become the
// user's stored choices.
TEST_F(Settings, TheEnvironmentWinsAtStartWithoutBeingStored)
{
    const Preferences chosen {QUrl(QStringLiteral("https://portail.example.fr/api")), QStringLiteral("en")};
    ASSERT_EQ(Preferences::store(chosen), QString());
    qputenv("SEGURDESK_PORTAL", "https://recette.example.fr/api");
    qputenv("SEGURDESK_LANG", "fr");
    const Preferences effective = Preferences::stored().withEnvironment();
    qunsetenv("SEGURDESK_PORTAL");
    qunsetenv("SEGURDESK_LANG");
    EXPECT_EQ(effective.portal, QUrl(QStringLiteral("https://recette.example.fr/api")));
    EXPECT_EQ(effective.language, QStringLiteral("fr"));
    EXPECT_EQ(Preferences::stored(), chosen);
    // A language the application does not speak leaves the stored one.
    qputenv("SEGURDESK_LANG", "de");
    EXPECT_EQ(Preferences::stored().withEnvironment().language, QStringLiteral("en"));
    qunsetenv("SEGURDESK_LANG");
}

TEST_F(Settings, AFolderThatCannotBeWrittenIsToldAndTheDialogStays)
{
    // A file where the configuration folder should be: no one, not even root, can write there.
    QFile blocker(configDir());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QDir(configDir()).filePath(QStringLiteral("sub")));

    segurdesk::MainWindow window;
    window.show();
    SettingsDialog* dialog = openSettings(window);
    ASSERT_NE(dialog, nullptr);
    choose(*dialog, QStringLiteral("https://portail.example.fr/api"), QStringLiteral("en"));
    const auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Vos préférences n'ont pas pu être écrites")))
        << message->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("newEnrollmentButton"))->text(),
              QStringLiteral("Nouvelle demande d'enrôlement…"));
    dialog->reject();
}

} // namespace
