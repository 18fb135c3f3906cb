#include "core/services/DesktopNotifier.h"

#include "core/services/Worker.h"

#include <QGuiApplication>

#ifdef SEGURDESK_HAS_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>
#endif

namespace segurdesk::services {

namespace {

#ifdef SEGURDESK_HAS_DBUS
// A service that does not answer within this time is taken for absent: the text then goes to
// the window, where it is not lost.
constexpr int AnswerTimeoutMs = 5000;
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QString(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QString& busAddress, QObject* parent)
    : QObject(parent)
    , m_busAddress(busAddress)
    , m_connection(QStringLiteral("segurdesk-notifications ")
                   + (busAddress.isEmpty() ? QStringLiteral("session") : busAddress))
{ }

DesktopNotifier::~DesktopNotifier()
{
    // Notices still waiting for the bus cannot be shown any more: they are at least in the log.
    for (const auto& [summary, body] : std::as_const(m_waiting))
        qWarning("desktop notification not shown: %s", qUtf8Printable(summary));
#ifdef SEGURDESK_HAS_DBUS
    QDBusConnection::disconnectFromBus(m_connection);
#endif
}

void DesktopNotifier::notify(const QString& summary, const QString& body)
{
#ifdef SEGURDESK_HAS_DBUS
    // The bus went away since (its daemon restarted): it is joined again.
    if (m_bus == Bus::Joined && !QDBusConnection(m_connection).isConnected())
        m_bus = Bus::NotJoined;
#endif
    switch (m_bus) {
    case Bus::Joined:
        send(summary, body);
        return;
    case Bus::NotJoined:
        m_waiting.append({summary, body});
        join();
        return;
    case Bus::Joining:
        m_waiting.append({summary, body});
        return;
    }
}

void DesktopNotifier::join()
{
    m_bus = Bus::Joining;
#ifdef SEGURDESK_HAS_DBUS
    // A connection of its own, named, rather than Qt's shared session bus, which stays unjoined
    // for good once it could not be: this one is left and joined again at the next notice.
    runOnWorker(
        this,
        [address = m_busAddress, name = m_connection] {
            QDBusConnection::disconnectFromBus(name);
            const QDBusConnection bus = address.isEmpty()
                ? QDBusConnection::connectToBus(QDBusConnection::SessionBus, name)
                : QDBusConnection::connectToBus(address, name);
            return bus.isConnected();
        },
        [this](bool joined) {
            m_bus = joined ? Bus::Joined : Bus::NotJoined;
            for (const auto& [summary, body] : std::exchange(m_waiting, {})) {
                if (joined)
                    send(summary, body);
                else
                    emit unavailable(summary, body);
            }
        });
#else
    m_bus = Bus::NotJoined;
    for (const auto& [summary, body] : std::exchange(m_waiting, {}))
        QMetaObject::invokeMethod(
            this, [this, summary, body] { emit unavailable(summary, body); }, Qt::QueuedConnection);
#endif
}

void DesktopNotifier::send(const QString& summary, const QString& body)
{
#ifdef SEGURDESK_HAS_DBUS
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (the
    // service's default); the desktop entry lets the desktop show the app's name and icon.
    call << QGuiApplication::applicationDisplayName() << 0U << QGuiApplication::desktopFileName() << summary << body
         << QStringList() << QVariantMap {{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()}} << -1;
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection(m_connection).asyncCall(call, AnswerTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body](QDBusPendingCallWatcher* answered) {
                answered->deleteLater();
                const QDBusPendingReply<uint> reply = *answered;
                if (reply.isError())
                    emit unavailable(summary, body);
                else
                    emit delivered(reply.value());
            });
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
#endif
}

} // namespace segurdesk::services
