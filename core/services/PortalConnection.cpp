#include "core/services/PortalConnection.h"

#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/TlsConfiguration.h"

#include <QTimer>

namespace segurdesk::services {

PortalConnection::PortalConnection(QObject* parent)
    : QObject(parent)
{ }

PortalConnection::~PortalConnection() = default;

void PortalConnection::open(const QUrl& address, const portal::PortalClient::Options& options)
{
    Q_ASSERT(!m_client && !m_sandbox);
    if (!address.isEmpty()) {
        // Queued, so that the caller hears the answer the same way whichever portal it asked for.
        QTimer::singleShot(0, this, [this, address, options] { connectTo(address, options); });
        return;
    }
    m_sandbox = std::make_unique<portal::EmbeddedSandbox>();
    connect(m_sandbox.get(), &portal::EmbeddedSandbox::started, this,
            [this, options](const QUrl& url) { connectTo(url, options); });
    connect(m_sandbox.get(), &portal::EmbeddedSandbox::failed, this,
            [this](const QString& message) { emit failed(Failure::Unavailable, message); });
    // With its demonstration account, so that a first run has dossiers to show.
    m_sandbox->start(portal::EmbeddedSandbox::defaultDataDir(), {QStringLiteral("--seed-demo")});
}

void PortalConnection::connectTo(const QUrl& address, const portal::PortalClient::Options& options)
{
    if (const QString refusal = refusalOf(address); !refusal.isEmpty()) {
        emit failed(Failure::AddressRefused, refusal);
        return;
    }
    m_client = std::make_unique<portal::PortalClient>(m_network, address, options);
    m_address = address;
    emit ready();
}

QString PortalConnection::refusalOf(const QUrl& address)
{
    if (portal::TlsConfiguration::isTransportAllowed(address))
        return {};
    return tr("The portal address %1 is refused: only https is allowed, except to this computer.")
        .arg(address.toDisplayString());
}

QString PortalConnection::identity() const
{
    if (m_sandbox)
        return QStringLiteral("embedded-sandbox");
    return m_client ? m_client->apiRoot().toString() : QString();
}

} // namespace segurdesk::services
