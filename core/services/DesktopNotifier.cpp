#include "core/services/DesktopNotifier.h"

#include <QCoreApplication>
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
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString& summary, const QString& body)
{
#ifdef SEGURDESK_HAS_DBUS
    const QDBusConnection bus = m_busAddress.isEmpty()
        ? QDBusConnection::sessionBus()
        : QDBusConnection::connectToBus(m_busAddress, QStringLiteral("segurdesk-notifications ") + m_busAddress);
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (the
        // service's default); the desktop entry lets the desktop show the app's name and icon.
        call << QGuiApplication::applicationDisplayName() << 0U << QGuiApplication::desktopFileName() << summary << body
             << QStringList() << QVariantMap {{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()}}
             << -1;
        auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, AnswerTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, summary, body](QDBusPendingCallWatcher* answered) {
                    answered->deleteLater();
                    const QDBusPendingReply<uint> reply = *answered;
                    if (reply.isError())
                        emit unavailable(summary, body);
                    else
                        emit delivered(reply.value());
                });
        return;
    }
#endif
    QMetaObject::invokeMethod(
        this, [this, summary, body] { emit unavailable(summary, body); }, Qt::QueuedConnection);
}

} // namespace segurdesk::services
