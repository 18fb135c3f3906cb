#include "tests/support/NotificationBus.h"

#include <QDBusConnection>
#include <QFile>
#include <QTest>

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

NotificationBus::NotificationBus(const QString& listen)
{
    // The session configuration without its service directories: a notification daemon installed
    // on the machine must not be started on this bus in place of the test's service, or of none.
    const QString config = m_dir.filePath(QStringLiteral("session.conf"));
    QFile file(config);
    if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(
               QByteArrayLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                 "<busconfig><type>session</type><listen>")
               + listen.toUtf8()
               + QByteArrayLiteral("</listen><policy context=\"default\"><allow send_destination=\"*\" "
                                   "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                                   "</busconfig>\n"))
            < 0) {
        m_error = QStringLiteral("cannot write %1").arg(config);
        return;
    }
    file.close();
    m_daemon.start(
        QStringLiteral("dbus-daemon"),
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    // The address is one line: wait for its end, however the output comes.
    if (!m_daemon.waitForStarted(10000)
        || !QTest::qWaitFor([&] { return m_daemon.canReadLine() || m_daemon.state() == QProcess::NotRunning; }, 10000)
        || !m_daemon.canReadLine()) {
        m_error = QStringLiteral("dbus-daemon did not start: %1 %2")
                      .arg(m_daemon.errorString(), QString::fromLocal8Bit(m_daemon.readAllStandardError()));
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
