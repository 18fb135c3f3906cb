#include "core/portal/PortalClient.h"

#include "core/portal/SystemClock.h"
#include "core/portal/SystemRandomSource.h"
#include "core/portal/TlsConfiguration.h"

namespace segurdesk::portal {

namespace {

// Bounded so that a long polling session cannot grow the cache without limit.
constexpr qsizetype kMaxCachedAnswers = 256;

QUrl apiRootOf(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QLatin1String("/api/v1");
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void wipe(QByteArray& secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace

PortalClient::PortalClient(QNetworkAccessManager& network, const QUrl& baseUrl, Options options, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_apiRoot(apiRootOf(baseUrl))
    , m_options(options)
{
    if (!m_options.clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_options.clock = m_ownClock.get();
    }
    if (!m_options.random) {
        m_ownRandom = std::make_unique<SystemRandomSource>();
        m_options.random = m_ownRandom.get();
    }
    if (!m_options.tls)
        m_options.tls = &TlsConfiguration::embedded();
}

PortalClient::~PortalClient()
{
    wipe(m_token);
}

void PortalClient::setBearerToken(QByteArray token)
{
    const bool was = isAuthenticated();
    wipe(m_token);
    m_token = std::move(token);
    m_cache.clear();
    if (was != isAuthenticated())
        emit authenticationChanged(isAuthenticated());
}

void PortalClient::clearBearerToken()
{
    setBearerToken(QByteArray());
}

QUrl PortalClient::urlFor(const QString& encodedPath, const QString& encodedQuery) const
{
    QUrl url = m_apiRoot;
    url.setPath(m_apiRoot.path(QUrl::FullyEncoded) + encodedPath, QUrl::StrictMode);
    if (!encodedQuery.isEmpty())
        url.setQuery(encodedQuery, QUrl::StrictMode);
    return url;
}

QByteArray PortalClient::authorizationHeader() const
{
    return m_token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + m_token;
}

const PortalClient::CachedAnswer* PortalClient::cachedAnswer(const QUrl& url) const
{
    const auto it = m_cache.constFind(url);
    return it == m_cache.constEnd() ? nullptr : &it.value();
}

void PortalClient::rememberAnswer(const QUrl& url, QByteArray etag, std::any value)
{
    if (m_cache.size() >= kMaxCachedAnswers && !m_cache.contains(url))
        m_cache.erase(m_cache.begin());
    m_cache.insert(url, CachedAnswer {std::move(etag), std::move(value)});
}

} // namespace segurdesk::portal
