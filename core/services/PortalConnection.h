#pragma once

#include "core/portal/PortalClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace segurdesk::portal {
class EmbeddedSandbox;
}

namespace segurdesk::services {

// The portal a front end talks to: a configured address, checked against the TLS policy, or,
// without one, the embedded sandbox (portal::EmbeddedSandbox) with its demonstration account,
// started for the lifetime of this object. It owns the network access and the PortalClient that
// every request is made on.
//
// Asynchronous, used on the thread that owns it: open() returns at once, and exactly one of
// ready() or failed() follows from that thread's event loop.
class PortalConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalConnection)

public:
    enum class Failure {
        AddressRefused, // plain http to another computer: a configuration mistake
        Unavailable, // the embedded sandbox is missing, or stopped before it was ready
    };
    Q_ENUM(Failure)

    explicit PortalConnection(QObject* parent = nullptr);
    ~PortalConnection() override;

    // `address` empty: the embedded sandbox. Otherwise the portal at `address`, refused unless
    // it is https or on this computer. Once per object.
    void open(const QUrl& address, const portal::PortalClient::Options& options = {});

    // Why the portal at `address` is refused, translated and saying what is allowed; empty when
    // it is allowed (https, or any address on this computer).
    static QString refusalOf(const QUrl& address);

    // Null until ready().
    portal::PortalClient* client() const { return m_client.get(); }
    bool isLocalSandbox() const { return m_sandbox != nullptr; }
    // The address given, or the embedded sandbox's; empty until ready().
    QUrl address() const { return m_address; }
    // The address given, or a fixed name for the embedded sandbox, whose port changes at every
    // start while its data stays: the key under which local data about this portal is kept.
    QString identity() const;

signals:
    void ready();
    // `message` is translated and says what to do.
    void failed(segurdesk::services::PortalConnection::Failure failure, const QString& message);

private:
    void connectTo(const QUrl& address, const portal::PortalClient::Options& options);

    QNetworkAccessManager m_network;
    std::unique_ptr<portal::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<portal::PortalClient> m_client;
    QUrl m_address;
};

} // namespace segurdesk::services
