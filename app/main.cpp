// Ségur Desk desktop application.
#include "app/window/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/services/PortalConnection.h"
#include "core/services/Worker.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <utility>

// Off unless asked for (QT_LOGGING_RULES="segurdesk.startup.info=true"): bench/startup reads it.
Q_LOGGING_CATEGORY(lcStartup, "segurdesk.startup", QtWarningMsg)

namespace {

// The main window over its portal, until the user quits.
int runWindow()
{
    // The portal first: the window follows it and must not outlive it.
    segurdesk::services::PortalConnection portal;
    segurdesk::MainWindow window;
    window.followPortal(portal);
    // The real portal's address comes from SEGURDESK_PORTAL; without one, the application runs
    // against its own local sandbox. Either way it starts once the window is on screen, which
    // stays usable meanwhile.
    // A window started minimised or on a hidden workspace is never drawn: then the portal starts
    // after a second anyway.
    bool portalStarted = false;
    const auto startPortal = [&portal, &portalStarted] {
        if (!std::exchange(portalStarted, true))
            portal.open(QUrl(qEnvironmentVariable("SEGURDESK_PORTAL")));
    };
    QObject::connect(&window, &segurdesk::MainWindow::firstPainted, &portal, [startPortal] {
        qCInfo(lcStartup, "first window painted at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
        startPortal();
    });
    QTimer::singleShot(std::chrono::seconds(1), &portal, startPortal);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // The icon lives in the static GUI library, whose resources the linker keeps only if asked.
    Q_INIT_RESOURCE(segurdesk);
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
    // The desktop entry (resources/) that window managers match the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.segurdesk.SegurDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segurdesk.svg")));
    segurdesk::installTranslations(app, qEnvironmentVariable("SEGURDESK_LANG", QStringLiteral("fr")));

    const int code = runWindow();
    // The embedded portal, stopped with the window, ends before the application does.
    segurdesk::portal::EmbeddedSandbox::whenAllEnded(&app, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    // A draft still being written is written in full before Qt's GUI goes.
    segurdesk::services::finishWorkers();
    return code;
}
