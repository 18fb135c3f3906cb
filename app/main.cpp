// Ségur Desk desktop application.
#include "app/window/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLoggingCategory>
#include <QUrl>

// Off unless asked for (QT_LOGGING_RULES="segurdesk.startup.info=true"): bench/startup reads it.
Q_LOGGING_CATEGORY(lcStartup, "segurdesk.startup", QtWarningMsg)

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
    // The real portal's address comes from SEGURDESK_PORTAL; without one, the application runs
    // against its own local sandbox. Either way it starts once the window is on screen, which
    // stays usable meanwhile.
    QObject::connect(&window, &segurdesk::MainWindow::firstPainted, &portal, [&portal] {
        qCInfo(lcStartup, "first window painted at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
        portal.open(QUrl(qEnvironmentVariable("SEGURDESK_PORTAL")));
    });
    window.show();
    return QApplication::exec();
}
