#include "core/portal/RetryPolicy.h"

#include "core/portal/RandomSource.h"

#include <algorithm>
#include <cmath>

namespace segurdesk::portal {

bool RetryPolicy::isIdempotentMethod(const QByteArray& method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

bool RetryPolicy::isRepeatable(const QByteArray& method, bool hasIdempotencyKey)
{
    return isIdempotentMethod(method) || hasIdempotencyKey;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::backoff(int retryIndex, RandomSource& random) const
{
    const double base = static_cast<double>(std::max<qint64>(baseDelay.count(), 0));
    const double cap = static_cast<double>(std::max<qint64>(maxDelay.count(), 0));
    const double ceiling = std::min(cap, base * std::ldexp(1.0, std::clamp(retryIndex, 0, 30)));
    const double draw = std::clamp(random.uniform(), 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<qint64>(std::floor(draw * ceiling)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::nextDelay(int attemptsMade,
                                                                std::optional<std::chrono::milliseconds> retryAfter,
                                                                RandomSource& random) const
{
    if (attemptsMade >= maxAttempts)
        return std::nullopt;
    if (retryAfter && *retryAfter > maxRetryAfter)
        return std::nullopt;
    const auto jittered = backoff(attemptsMade - 1, random);
    return retryAfter ? std::max(*retryAfter, jittered) : jittered;
}

} // namespace segurdesk::portal
