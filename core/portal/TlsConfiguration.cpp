#include "core/portal/TlsConfiguration.h"

#include "core/portal/PortalLog.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QUrl>

namespace segurdesk::portal {

namespace {

bool isAead(const QString& cipherName)
{
    return cipherName.contains(QLatin1String("GCM")) || cipherName.contains(QLatin1String("CHACHA20"))
        || cipherName.contains(QLatin1String("CCM"));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const TlsConfiguration& TlsConfiguration::embedded()
{
    static const TlsConfiguration policy = [] {
        QFile file(QStringLiteral(":/segurdesk/portal/tls-policy.json"));
        QString error;
        std::optional<TlsConfiguration> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        if (!loaded) {
            qCCritical(lcPortal) << "embedded TLS policy unusable, TLS disabled:" << error;
            return TlsConfiguration();
        }
        return *loaded;
    }();
    return policy;
}

std::optional<TlsConfiguration> TlsConfiguration::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        fail(error, QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    TlsConfiguration policy;

    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt()) {
        fail(error, QStringLiteral("version must be a positive integer"));
        return std::nullopt;
    }
    policy.m_version = version.toInt();

    const QString protocol = root.value(QLatin1String("protocol")).toString();
    if (protocol == QLatin1String("TlsV1_2OrLater")) {
        policy.m_protocol = QSsl::TlsV1_2OrLater;
    } else if (protocol == QLatin1String("TlsV1_3OrLater")) {
        policy.m_protocol = QSsl::TlsV1_3OrLater;
    } else {
        fail(error, QStringLiteral("protocol must be TlsV1_2OrLater or TlsV1_3OrLater"));
        return std::nullopt;
    }

    const QJsonValue ciphers = root.value(QLatin1String("ciphers"));
    if (!ciphers.isArray()) {
        fail(error, QStringLiteral("ciphers must be an array of suite names"));
        return std::nullopt;
    }
    for (const auto& entry : ciphers.toArray()) {
        const QString name = entry.toString();
        if (!entry.isString() || !isAead(name)) {
            fail(error, QStringLiteral("cipher suite is not an AEAD suite name: %1").arg(name));
            return std::nullopt;
        }
        const QSslCipher cipher(name);
        if (!cipher.isNull() && !policy.m_ciphers.contains(cipher))
            policy.m_ciphers.append(cipher);
    }
    if (policy.m_ciphers.isEmpty()) {
        fail(error, QStringLiteral("no cipher suite of the policy is available"));
        return std::nullopt;
    }

    const QJsonValue curves = root.value(QLatin1String("ellipticCurves"));
    if (!curves.isArray()) {
        fail(error, QStringLiteral("ellipticCurves must be an array of curve names"));
        return std::nullopt;
    }
    for (const auto& entry : curves.toArray()) {
        const QSslEllipticCurve curve = QSslEllipticCurve::fromShortName(entry.toString());
        if (curve.isValid())
            policy.m_curves.append(curve);
    }

    const QJsonObject keySizes = root.value(QLatin1String("minimumKeySizes")).toObject();
    const QJsonValue rsa = keySizes.value(QLatin1String("rsa"));
    const QJsonValue ec = keySizes.value(QLatin1String("ec"));
    if (!rsa.isDouble() || !ec.isDouble() || rsa.toInt() < 2048 || ec.toInt() < 256) {
        fail(error, QStringLiteral("minimumKeySizes needs rsa >= 2048 and ec >= 256"));
        return std::nullopt;
    }
    policy.m_minimumRsaBits = rsa.toInt();
    policy.m_minimumEcBits = ec.toInt();
    return policy;
}

QSslConfiguration TlsConfiguration::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(m_protocol);
    configuration.setCiphers(m_ciphers);
    if (!m_curves.isEmpty())
        configuration.setEllipticCurves(m_curves);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

bool TlsConfiguration::acceptsPeerKey(const QSslKey& key) const
{
    switch (key.algorithm()) {
    case QSsl::Rsa:
        return key.length() >= m_minimumRsaBits;
    case QSsl::Ec:
        return key.length() >= m_minimumEcBits;
    default:
        return false;
    }
}

bool TlsConfiguration::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool TlsConfiguration::isTransportAllowed(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

} // namespace segurdesk::portal
