#pragma once

#include "core/portal/RetryPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <any>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace segurdesk::portal {

class Clock;
class RandomSource;
class TlsConfiguration;

// The portal as the rest of the application sees it: where it is (base URL), who is logged in
// (the bearer token, held in memory only: never written, never logged, not readable from
// outside), and how calls behave (retry policy, timeout, TLS policy, clock, randomness). Calls
// themselves are the request classes (ConfigRequest, EnrollmentSubmission, ...), constructed
// on a client and started; they must not outlive it.
//
// Ownership: the QNetworkAccessManager is injected and must outlive the client; so must an
// injected Clock, RandomSource or TlsConfiguration (defaults: system clock, system randomness,
// the embedded TLS policy).
class PortalClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalClient)

public:
    struct Options
    {
        RetryPolicy retry;
        // A call fails with Timeout when no byte moves for this long.
        std::chrono::milliseconds timeout {std::chrono::seconds(30)};
        Clock* clock = nullptr;
        RandomSource* random = nullptr;
        const TlsConfiguration* tls = nullptr;
    };

    // `baseUrl` is the portal's address, with or without the "/api/v1" root.
    PortalClient(QNetworkAccessManager& network, const QUrl& baseUrl, Options options, QObject* parent = nullptr);
    ~PortalClient() override;

    // The API root, ending with "/api/v1".
    QUrl apiRoot() const { return m_apiRoot; }

    bool isAuthenticated() const { return !m_token.isEmpty(); }
    // Takes the session token (from a login or a password change). Forgets cached answers of
    // the previous session.
    void setBearerToken(QByteArray token);
    // Wipes the token and the cached answers (logout, expired session).
    void clearBearerToken();

    QNetworkAccessManager& network() const { return m_network; }
    const Options& options() const { return m_options; }
    Clock& clock() const { return *m_options.clock; }
    RandomSource& random() const { return *m_options.random; }
    const TlsConfiguration& tls() const { return *m_options.tls; }

    // The URL of an API path ("/enrollments/e-17", percent-encoded) with an encoded query.
    QUrl urlFor(const QString& encodedPath, const QString& encodedQuery = {}) const;

    // ETag polling: the last validator and parsed value per URL of the current session.
    struct CachedAnswer
    {
        QByteArray etag;
        std::any value;
    };
    const CachedAnswer* cachedAnswer(const QUrl& url) const;
    void rememberAnswer(const QUrl& url, QByteArray etag, std::any value);

signals:
    void authenticationChanged(bool authenticated);

private:
    // Only a request puts the token on the wire.
    friend class PortalRequest;
    // The "Authorization" header value, empty without a session.
    QByteArray authorizationHeader() const;

    QNetworkAccessManager& m_network;
    QUrl m_apiRoot;
    Options m_options;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<RandomSource> m_ownRandom;
    QByteArray m_token;
    QHash<QUrl, CachedAnswer> m_cache;
};

} // namespace segurdesk::portal
