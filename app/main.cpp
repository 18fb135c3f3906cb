// Ségur Desk desktop application.
#include "app/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QUrl>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
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
