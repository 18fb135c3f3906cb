#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

namespace segurdesk::services {

// Tells the user something on the desktop, outside the window, through the freedesktop
// notification service (org.freedesktop.Notifications on the D-Bus session bus), as GNOME, KDE
// and the other Linux desktops show them. When nothing answers (no service running, no session
// bus, a system without D-Bus), unavailable() gives the text back for the window to show it.
//
// Asynchronous, on the thread that owns it: notify() returns at once, and delivered() or
// unavailable() follows from the event loop. The bus is joined on a worker (joining it waits for
// the bus daemon), and again at the next notice while it could not be (a session bus started
// after the app); what is notified meanwhile is sent once it is joined.
class DesktopNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    // The D-Bus session bus of the desktop, or the bus at `busAddress` (a session of its own).
    explicit DesktopNotifier(QObject* parent = nullptr);
    explicit DesktopNotifier(const QString& busAddress, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    void notify(const QString& summary, const QString& body);

signals:
    // `id`: the service's number for the notification.
    void delivered(uint id);
    void unavailable(const QString& summary, const QString& body);

private:
    enum class Bus { NotJoined, Joining, Joined };

    void join();
    void send(const QString& summary, const QString& body);

    QString m_busAddress;
    // The name of this object's connection to the bus.
    QString m_connection;
    Bus m_bus = Bus::NotJoined;
    QList<std::pair<QString, QString>> m_waiting;
};

} // namespace segurdesk::services
