// Ségur Desk desktop application.
#include "app/window/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QUrl>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
    // The desktop entry (resources/) that window managers match the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.segurdesk.SegurDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segurdesk.svg")));
    segurdesk::installTranslations(app, qEnvironmentVariable("SEGURDESK_LANG", QStringLiteral("fr")));

    segurdesk::MainWindow window;
    segurdesk::services::PortalConnection portal;
    window.followPortal(portal);
    window.show();
    // The real portal's address comes from SEGURDESK_PORTAL; without one, the application runs
    // against its own local sandbox. Either way the window is usable while the portal starts.
    portal.open(QUrl(qEnvironmentVariable("SEGURDESK_PORTAL")));
    return QApplication::exec();
}
