// Ségur Desk desktop application.
#include "app/settings/Preferences.h"
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
#include <memory>
#include <utility>

// Off unless asked for (QT_LOGGING_RULES="segurdesk.startup.info=true"): bench/startup reads it.
Q_LOGGING_CATEGORY(lcStartup, "segurdesk.startup", QtWarningMsg)

namespace {

// The main window over its portal, until the user quits.
// `stored`: what the settings dialog shows; `preferences`: what the application runs with.
int runWindow(const segurdesk::settings::Preferences& stored, const segurdesk::settings::Preferences& preferences)
{
    // The portal first: the window follows it and must not outlive it.
    auto portal = std::make_unique<segurdesk::services::PortalConnection>();
    auto window = std::make_unique<segurdesk::MainWindow>();
    window->setPreferences(stored);
    window->followPortal(*portal);
    // The real portal's address comes from the settings (or SEGURDESK_PORTAL); without one, the
    // application runs against its own local sandbox. Either way it starts once the window is on
    // screen, which stays usable meanwhile.
    // A window started minimised or on a hidden workspace is never drawn: then the portal starts
    // after a second anyway.
    bool portalStarted = false;
    const auto startPortal = [connection = portal.get(), &portalStarted, address = preferences.portal] {
        if (!std::exchange(portalStarted, true))
            connection->open(address);
    };
    QObject::connect(window.get(), &segurdesk::MainWindow::firstPainted, portal.get(), [startPortal] {
        qCInfo(lcStartup, "first window painted at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
        startPortal();
    });
    QTimer::singleShot(std::chrono::seconds(1), portal.get(), startPortal);
    // Once the window is closed, it goes with its portal, and the application ends when the
    // embedded portal has ended too: no child process is left for Qt to wait for at exit.
    QApplication::setQuitOnLastWindowClosed(false);
    const QObject teardown; // the connection below goes with this frame
    QObject::connect(
        qApp, &QGuiApplication::lastWindowClosed, &teardown,
        [&window, &portal] {
            window.reset();
            portal.reset();
            segurdesk::portal::EmbeddedSandbox::whenAllEnded(qApp, [] { QCoreApplication::quit(); });
        },
        // Not from inside the window's own closing.
        Qt::QueuedConnection);
    window->show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    // What happens before: the system loads the program and its libraries (bench/startup).
    qCInfo(lcStartup, "main() entered at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
    // The icon lives in the static GUI library, whose resources the linker keeps only if asked.
    Q_INIT_RESOURCE(segurdesk);
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Ségur Desk"));
    // The desktop entry (resources/) that window managers match the window with.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.segurdesk.SegurDesk"));
    // Drawn beforehand at the sizes window managers ask for: from the SVG, Qt would load its SVG
    // module and draw each of them before the first window.
    QIcon icon;
    for (const int side : {16, 32, 48, 64, 128})
        icon.addFile(QStringLiteral(":/icons/segurdesk-%1.png").arg(side), QSize(side, side));
    QApplication::setWindowIcon(icon);
    const segurdesk::settings::Preferences stored = segurdesk::settings::Preferences::stored();
    const segurdesk::settings::Preferences preferences = stored.withEnvironment();
    segurdesk::installTranslations(app, preferences.language);

    const int code = runWindow(stored, preferences);
    // A draft still being written is written in full before Qt's GUI goes.
    segurdesk::services::finishWorkers();
    return code;
}
