#include "tests/support/NotificationBus.h"

#include <QDBusConnection>
#include <QSignalSpy>

namespace segurdesk::test {

namespace {

const QString ServiceConnection = QStringLiteral("segurdesk-test-notification-service");

} // namespace

// The freedesktop notification service, as far as a sender sees it: Notify numbers each
// notification it is given.
class NotificationBus::Service : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Notification> received;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        received.append({appName, summary, body, hints});
        return uint(received.size());
    }
};

NotificationBus::NotificationBus()
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    QSignalSpy printed(&m_daemon, &QProcess::readyReadStandardOutput);
    if (!m_daemon.waitForStarted(10000) || (!m_daemon.canReadLine() && !printed.wait(10000))) {
        m_error = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
        return;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
}

NotificationBus::~NotificationBus()
{
    if (m_service) {
        QDBusConnection bus(ServiceConnection);
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(ServiceConnection);
    }
    m_daemon.terminate();
    m_daemon.waitForFinished(10000);
}

bool NotificationBus::serveNotifications()
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, ServiceConnection);
    m_service = std::make_unique<Service>();
    return bus.isConnected()
        && bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), m_service.get(),
                              QDBusConnection::ExportAllSlots)
        && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

const QList<NotificationBus::Notification>& NotificationBus::received() const
{
    static const QList<Notification> none;
    return m_service ? m_service->received : none;
}

} // namespace segurdesk::test

#include "NotificationBus.moc"
