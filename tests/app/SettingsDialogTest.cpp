#include "app/settings/SettingsDialog.h"

#include "app/window/MainWindow.h"
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
    // Nothing written, and the interface still in French.
    QCoreApplication::processEvents();
    EXPECT_FALSE(QFile::exists(settingsFile()));
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("newEnrollmentButton"))->text(),
              QStringLiteral("Nouvelle demande d'enrôlement…"));
    dialog->reject();
}

// What is saved is what the next start reads, the language switches at once in the open window,
// and an address on this computer may be plain http (a portal tried locally).
TEST_F(Settings, SavesWhatTheNextStartReadsAndSwitchesTheLanguageLive)
{
    ASSERT_TRUE(qEnvironmentVariableIsEmpty("SEGURDESK_PORTAL") && qEnvironmentVariableIsEmpty("SEGURDESK_LANG"));
    segurdesk::MainWindow window;
    window.setPreferences(Preferences::atStart());
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
    const Preferences next = Preferences::atStart();
    EXPECT_EQ(next.portal, QUrl(QStringLiteral("http://127.0.0.1:8443/api")));
    EXPECT_EQ(next.language, QStringLiteral("en"));

    // Back to French and to the demonstration portal, from the dialog now in English.
    dialog = openSettings(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Settings"));
    EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("portalEdit"))->text(),
              QStringLiteral("http://127.0.0.1:8443/api"));
    choose(*dialog, QString(), QStringLiteral("fr"));
    QTRY_VERIFY(window.findChild<SettingsDialog*>() == nullptr);
    QTRY_COMPARE(newRequest->text(), QStringLiteral("Nouvelle demande d'enrôlement…"));
    EXPECT_EQ(Preferences::atStart(), Preferences {});
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
