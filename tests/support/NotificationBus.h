#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace segurdesk::test {

// A D-Bus session of the test's own (a dbus-daemon started for it, stopped with it), where a test
// may serve org.freedesktop.Notifications as a desktop does and read what it was sent. Nothing
// of the machine's own session is touched, and no service of the machine is started on it.
class NotificationBus
{
public:
    struct Notification
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };

    // `listen`: where the bus listens (a D-Bus address), a fresh socket by default.
    explicit NotificationBus(const QString& listen = QStringLiteral("unix:tmpdir=/tmp"));
    ~NotificationBus();
    NotificationBus(const NotificationBus&) = delete;
    NotificationBus& operator=(const NotificationBus&) = delete;

    // Empty when the daemon did not start (error() says why).
    QString address() const { return m_address; }
    QString error() const { return m_error; }
    // From now on, the bus has a notification service, which records what it is sent.
    bool serveNotifications();
    const QList<Notification>& received() const;

private:
    class Service;

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    std::unique_ptr<Service> m_service;
};

} // namespace segurdesk::test
