// GoogleTest entry point for every suite. gtest_discover_tests runs the binaries at build
// time, where no display exists, so the offscreen platform is the default.
#include <QtGlobal>

#include <gtest/gtest.h>

#ifdef SEGURDESK_WIDGET_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
