#include "app/MainWindow.h"

#include "core/i18n/Translations.h"
#include "core/services/PortalConnection.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QAction* findAction(QWidget& window, const char* objectName)
{
    return window.findChild<QAction*>(QString::fromLatin1(objectName));
}

TEST(MainWindow, OpensWithFrenchMenus)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QApplication::instance(), QStringLiteral("fr")));
    segurdesk::MainWindow window;
    window.show();

    QStringList menuTitles;
    for (QAction* action : window.menuBar()->actions())
        menuTitles << action->text();
    EXPECT_EQ(menuTitles, (QStringList {QStringLiteral("&Fichier"), QStringLiteral("&Aide")}));
    ASSERT_NE(findAction(window, "actionAbout"), nullptr);
    EXPECT_EQ(findAction(window, "actionAbout")->text(), QStringLiteral("À &propos de Ségur Desk"));
}

TEST(MainWindow, QuitClosesTheWindow)
{
    segurdesk::MainWindow window;
    window.show();
    ASSERT_TRUE(window.isVisible());
    findAction(window, "actionQuit")->trigger();
    EXPECT_FALSE(window.isVisible());
}

// The window is up and answering while the local portal starts; the status bar follows it.
TEST(MainWindow, StatusBarFollowsTheLocalPortalAsItStarts)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QApplication::instance(), QStringLiteral("fr")));
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
    qputenv("SEGURDESK_SANDBOX", SEGURDESK_SANDBOX_PATH);
    segurdesk::MainWindow window;
    segurdesk::services::PortalConnection portal;
    window.followPortal(portal);
    window.show();
    auto* label = window.findChild<QLabel*>(QStringLiteral("portalLabel"));
    ASSERT_NE(label, nullptr);

    portal.open({});
    EXPECT_EQ(label->text(), QStringLiteral("Démarrage du portail…"));
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    ASSERT_TRUE(ready.wait(30000)) << label->text().toStdString();
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Portail : bac à sable local (http://127.0.0.1:")))
        << label->text().toStdString();
    qunsetenv("SEGURDESK_SANDBOX");
    qunsetenv("XDG_DATA_HOME");
}

TEST(MainWindow, StatusBarSaysWhyAConfiguredPortalIsRefused)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QApplication::instance(), QStringLiteral("fr")));
    segurdesk::MainWindow window;
    segurdesk::services::PortalConnection portal;
    window.followPortal(portal);
    auto* label = window.findChild<QLabel*>(QStringLiteral("portalLabel"));
    ASSERT_NE(label, nullptr);

    QSignalSpy failed(&portal, &segurdesk::services::PortalConnection::failed);
    portal.open(QUrl(QStringLiteral("http://portail.example")));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(
        label->text().startsWith(QStringLiteral("Portail indisponible : L’adresse du portail http://portail.example")))
        << label->text().toStdString();
}

TEST(MainWindow, StatusBarNamesAConfiguredPortal)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QApplication::instance(), QStringLiteral("fr")));
    segurdesk::MainWindow window;
    segurdesk::services::PortalConnection portal;
    window.followPortal(portal);
    auto* label = window.findChild<QLabel*>(QStringLiteral("portalLabel"));
    ASSERT_NE(label, nullptr);

    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open(QUrl(QStringLiteral("https://portail.example")));
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(label->text(), QStringLiteral("Portail : https://portail.example"));
}

} // namespace
