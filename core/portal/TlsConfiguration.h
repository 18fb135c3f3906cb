#pragma once

#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslEllipticCurve>
#include <QString>

#include <optional>

class QSslKey;
class QUrl;

namespace segurdesk::portal {

// The TLS policy of every portal connection, read from one embedded, versioned JSON resource
// (core/portal/tls-policy.json): minimum protocol, ordered AEAD cipher suites, curves and
// minimum peer key sizes. Peers are always verified; the client aborts on any SSL error.
class TlsConfiguration
{
public:
    // The policy compiled into the application. Loaded once; a broken resource yields a policy
    // with no cipher, so that every TLS connection fails instead of falling back to defaults.
    static const TlsConfiguration& embedded();
    // Parses a policy document. Cipher suites or curves this TLS library does not know are
    // skipped; a suite that is not AEAD, an unknown protocol, a missing member or no usable
    // cipher at all is an error (explained in `error`, for developers).
    static std::optional<TlsConfiguration> fromJson(const QByteArray& json, QString* error = nullptr);

    int version() const { return m_version; }
    const QList<QSslCipher>& ciphers() const { return m_ciphers; }
    // Defaults of the system (CA store) narrowed by the policy, with peer verification on.
    QSslConfiguration sslConfiguration() const;
    // False when the peer's public key is shorter than the policy allows for its algorithm.
    bool acceptsPeerKey(const QSslKey& key) const;

    // 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
    static bool isLoopbackHost(const QString& host);
    // https to any host, plain http only to a loopback host, nothing else.
    static bool isTransportAllowed(const QUrl& url);

private:
    TlsConfiguration() = default;

    int m_version = 0;
    QSsl::SslProtocol m_protocol = QSsl::TlsV1_2OrLater;
    QList<QSslCipher> m_ciphers;
    QList<QSslEllipticCurve> m_curves;
    int m_minimumRsaBits = 0;
    int m_minimumEcBits = 0;
};

} // namespace segurdesk::portal
