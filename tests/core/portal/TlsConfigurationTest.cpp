#include "core/portal/TlsConfiguration.h"

#include "tests/core/portal/RowName.h"

#include <QFile>
#include <QSslKey>
#include <QUrl>

#include <gtest/gtest.h>

using segurdesk::portal::TlsConfiguration;
using segurdesk::portal::test::RowName;

namespace {

struct TransportRow
{
    const char* name;
    const char* url;
    bool allowed;
};

class TransportTest : public ::testing::TestWithParam<TransportRow>
{
};

TEST_P(TransportTest, HttpsAnywherePlainHttpOnlyToLoopback)
{
    const TransportRow& row = GetParam();
    EXPECT_EQ(TlsConfiguration::isTransportAllowed(QUrl(QString::fromUtf8(row.url))), row.allowed) << row.url;
}

INSTANTIATE_TEST_SUITE_P(
    Rows, TransportTest,
    ::testing::Values(TransportRow {"https_portal", "https://segurnum.asp-public.fr/api/v1", true},
                      TransportRow {"https_uppercase_scheme", "HTTPS://segurnum.asp-public.fr", true},
                      TransportRow {"http_ipv4_loopback", "http://127.0.0.1:8080", true},
                      TransportRow {"http_ipv4_loopback_block", "http://127.45.3.2:1", true},
                      TransportRow {"http_ipv6_loopback", "http://[::1]:8080/api/v1", true},
                      TransportRow {"http_ipv4_mapped_loopback", "http://[::ffff:127.0.0.1]:80", true},
                      TransportRow {"http_localhost", "http://localhost:8080", true},
                      TransportRow {"http_localhost_uppercase", "http://LocalHost:8080", true},
                      TransportRow {"http_portal", "http://segurnum.asp-public.fr/api/v1", false},
                      TransportRow {"http_lan", "http://192.168.1.10:8080", false},
                      TransportRow {"http_any_address", "http://0.0.0.0:8080", false},
                      TransportRow {"http_loopback_lookalike", "http://127.0.0.1.nip.io", false},
                      TransportRow {"http_localhost_subdomain", "http://portal.localhost", false},
                      TransportRow {"http_ipv6_public", "http://[2001:db8::1]/", false},
                      TransportRow {"ftp", "ftp://127.0.0.1/", false},
                      TransportRow {"file", "file:///etc/passwd", false},
                      TransportRow {"no_host", "https:///api", false}, TransportRow {"relative", "/api/v1", false},
                      TransportRow {"empty", "", false}),
    RowName());

TEST(TlsConfiguration, EmbeddedPolicyLoadsWithAeadSuitesInOrder)
{
    QFile file(QStringLiteral(":/segurdesk/portal/tls-policy.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "the policy is embedded in the library";

    const TlsConfiguration& policy = TlsConfiguration::embedded();
    EXPECT_EQ(policy.version(), 1);
    ASSERT_FALSE(policy.ciphers().isEmpty());
    for (const QSslCipher& cipher : policy.ciphers()) {
        const QString name = cipher.name();
        EXPECT_TRUE(name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20")))
            << name.toStdString();
    }
    // The first TLS 1.2 suite of the file keeps its rank among the TLS 1.2 suites.
    QStringList tls12;
    for (const QSslCipher& cipher : policy.ciphers()) {
        if (cipher.name().startsWith(QLatin1String("ECDHE")))
            tls12.append(cipher.name());
    }
    ASSERT_FALSE(tls12.isEmpty());
    EXPECT_EQ(tls12.first(), QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"));

    const QSslConfiguration ssl = policy.sslConfiguration();
    EXPECT_EQ(ssl.protocol(), QSsl::TlsV1_2OrLater);
    EXPECT_EQ(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_EQ(ssl.ciphers(), policy.ciphers());
}

struct PolicyRow
{
    const char* name;
    QByteArray json;
    bool loads;
};

class PolicyTest : public ::testing::TestWithParam<PolicyRow>
{
};

TEST_P(PolicyTest, LoadsOnlyACompleteAeadPolicy)
{
    const PolicyRow& row = GetParam();
    QString error;
    const auto policy = TlsConfiguration::fromJson(row.json, &error);
    EXPECT_EQ(policy.has_value(), row.loads) << error.toStdString();
    EXPECT_EQ(error.isEmpty(), row.loads);
}

// Members a policy needs besides the ones a row is about.
const QByteArray kKeys = R"("minimumKeySizes": {"rsa": 2048, "ec": 256})";
const QByteArray kCurves = R"("ellipticCurves": ["prime256v1"])";

INSTANTIATE_TEST_SUITE_P(
    Rows, PolicyTest,
    ::testing::Values(
        PolicyRow {"minimal",
                   R"({"version": 2, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )"
                       + kCurves + ", " + kKeys + "}",
                   true},
        PolicyRow {
            "tls13_only_protocol",
            R"({"version": 1, "protocol": "TlsV1_3OrLater", "ciphers": ["TLS_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256"], )"
                + kCurves + ", " + kKeys + "}",
            true},
        PolicyRow {
            "unknown_suite_skipped",
            R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-FOO-AES999-GCM", "ECDHE-RSA-AES128-GCM-SHA256"], )"
                + kCurves + ", " + kKeys + "}",
            true},
        PolicyRow {
            "cbc_suite_refused",
            R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256", "AES256-SHA"], )"
                + kCurves + ", " + kKeys + "}",
            false},
        PolicyRow {"only_unknown_suites",
                   R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": ["NOPE-GCM"], )" + kCurves + ", " + kKeys
                       + "}",
                   false},
        PolicyRow {"tls10_refused",
                   R"({"version": 1, "protocol": "TlsV1_0", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )" + kCurves
                       + ", " + kKeys + "}",
                   false},
        PolicyRow {"weak_rsa_minimum",
                   R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )"
                       + kCurves + R"(, "minimumKeySizes": {"rsa": 1024, "ec": 256}})",
                   false},
        PolicyRow {"missing_key_sizes",
                   R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )"
                       + kCurves + "}",
                   false},
        PolicyRow {"cipher_not_string",
                   R"({"version": 1, "protocol": "TlsV1_2OrLater", "ciphers": [42], )" + kCurves + ", " + kKeys + "}",
                   false},
        PolicyRow {"version_fraction",
                   R"({"version": 1.5, "protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )"
                       + kCurves + ", " + kKeys + "}",
                   false},
        PolicyRow {"no_version",
                   R"({"protocol": "TlsV1_2OrLater", "ciphers": ["ECDHE-RSA-AES128-GCM-SHA256"], )" + kCurves + ", "
                       + kKeys + "}",
                   false},
        PolicyRow {"array_root", "[]", false}, PolicyRow {"garbage", "\x01\xff{", false},
        PolicyRow {"empty", "", false}),
    RowName());

// Public keys made with `openssl genrsa` / `openssl ecparam -genkey`, then `-pubout`.
QSslKey publicKey(const QByteArray& pem, QSsl::KeyAlgorithm algorithm)
{
    return QSslKey(pem, algorithm, QSsl::Pem, QSsl::PublicKey);
}

TEST(TlsConfiguration, PeerKeysBelowTheMinimumAreRefused)
{
    const TlsConfiguration& policy = TlsConfiguration::embedded();
    const QSslKey rsa1024
        = publicKey(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                      "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQClrbfq0WmzZViGngLMl8LFvMJw\n"
                                      "rRdOPqH2aC1BeEsJlQ/YNtrN22OA/DawA5isgWSSdSLpKJgFoZQxYX9wPVH5M3Sv\n"
                                      "s4kh7hZ2Q3pRzP11sz4N+WoLRQZ3Sppf2MVXznjEQ9AzhcXSGwd87LggGp57spih\n"
                                      "unZUaI3OAh1i1xxAXwIDAQAB\n"
                                      "-----END PUBLIC KEY-----\n"),
                    QSsl::Rsa);
    const QSslKey rsa2048
        = publicKey(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                      "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwino1QglUBszysH6S7V5\n"
                                      "4YPAPtuiZhX/ld0g7UyQs0MuZGaR4t8yE5CP1gXQIYv8ry8DBpdq7y1zHC4ATtyX\n"
                                      "51llPRc3jq/3IgNWq1Tkxt1odKXZb6meXeWsYPw52Np8EzhkaUOXaFofVMWBdwkM\n"
                                      "ptHtrvpPzg+2skgxzaSpOfISG803RiGyn/Z81tVacsUnC8FMjkjg3GfTUAC8kwf5\n"
                                      "bkSHAryQD+ge9vjiP3oABz+t+HtO9ZdtRAcULVLQxwIa5u80fB/kONQ81uGhIYVX\n"
                                      "cnbm15vuVtAgRpoipZLqEbRouOVOeb+IHorsGtTOZ7p2VUhutrvR2hCyvsmLAQbs\n"
                                      "AQIDAQAB\n"
                                      "-----END PUBLIC KEY-----\n"),
                    QSsl::Rsa);
    const QSslKey ec224
        = publicKey(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                      "ME4wEAYHKoZIzj0CAQYFK4EEACEDOgAE00Y/I286+5DmbM0vwge8td6fKqnYReVV\n"
                                      "qH7lDMZan/1URLKZUM8MqsnSddL4ik7K/M/vyGKYxsw=\n"
                                      "-----END PUBLIC KEY-----\n"),
                    QSsl::Ec);
    const QSslKey ec256
        = publicKey(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                      "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEAz5guL3mwBd+6lxTKOaZ5fzMWU0r\n"
                                      "jH4GMex9AajwbC7d5zUhNT2tXtf51op0bXTvtmOJq4wpJAfmv5zI5JJ4RQ==\n"
                                      "-----END PUBLIC KEY-----\n"),
                    QSsl::Ec);
    ASSERT_EQ(rsa1024.length(), 1024);
    ASSERT_EQ(rsa2048.length(), 2048);
    ASSERT_EQ(ec224.length(), 224);
    ASSERT_EQ(ec256.length(), 256);

    EXPECT_FALSE(policy.acceptsPeerKey(rsa1024));
    EXPECT_TRUE(policy.acceptsPeerKey(rsa2048));
    EXPECT_FALSE(policy.acceptsPeerKey(ec224));
    EXPECT_TRUE(policy.acceptsPeerKey(ec256));
    EXPECT_FALSE(policy.acceptsPeerKey(QSslKey())) << "no key, no connection";
}

} // namespace
