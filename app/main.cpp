// Ségur Desk desktop application.
#include "app/MainWindow.h"
#include "core/i18n/Translations.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segurdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SegurDesk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
    segurdesk::installTranslations(app, qEnvironmentVariable("SEGURDESK_LANG", QStringLiteral("fr")));

    segurdesk::MainWindow window;
    window.show();
    return QApplication::exec();
}
