#include "app/MainWindow.h"
#include "core/i18n/Translations.h"

#include <QAction>
#include <QApplication>
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

} // namespace
