// Ségur Desk desktop application.
#include "app/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QTimer>
#include <QUrl>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
    segurdesk::installTranslations(app, qEnvironmentVariable("SEGURDESK_LANG", QStringLiteral("fr")));

    segurdesk::MainWindow window;
    window.show();

    // The real portal's address comes from SEGURDESK_PORTAL; without one, the application
    // runs against its own local sandbox, started once the window is on screen.
    segurdesk::portal::EmbeddedSandbox sandbox;
    const QUrl configuredPortal(qEnvironmentVariable("SEGURDESK_PORTAL"));
    QTimer::singleShot(0, &window, [&] {
        if (configuredPortal.isValid() && !configuredPortal.isEmpty())
            window.showPortal(configuredPortal, false);
        else if (sandbox.start())
            window.showPortal(sandbox.url(), true);
        else
            window.showPortalUnavailable(sandbox.errorString());
    });
    return QApplication::exec();
}
