#include "app/MainWindow.h"

#include "core/i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>

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

TEST(MainWindow, StatusBarNamesThePortal)
{
    ASSERT_TRUE(segurdesk::installTranslations(*QApplication::instance(), QStringLiteral("fr")));
    segurdesk::MainWindow window;
    auto* label = window.findChild<QLabel*>(QStringLiteral("portalLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("Démarrage du portail…"));

    window.showPortal(QUrl(QStringLiteral("http://127.0.0.1:4321")), true);
    EXPECT_EQ(label->text(), QStringLiteral("Portail : bac à sable local (http://127.0.0.1:4321)"));
    window.showPortal(QUrl(QStringLiteral("https://portail.example")), false);
    EXPECT_EQ(label->text(), QStringLiteral("Portail : https://portail.example"));
    window.showPortalUnavailable(QStringLiteral("absent"));
    EXPECT_EQ(label->text(), QStringLiteral("Portail indisponible : absent"));
}

} // namespace
