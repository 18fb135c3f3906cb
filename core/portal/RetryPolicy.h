#pragma once

#include <QByteArray>
#include <QNetworkReply>

#include <chrono>
#include <optional>

namespace segurdesk::portal {

class RandomSource;

// When and how long to wait before sending a request again. Only requests that can safely be
// repeated are retried: idempotent methods (GET, HEAD, PUT, DELETE) and requests carrying an
// Idempotency-Key (the portal replays the first answer). 4xx answers are final except 408 and
// 429. Waits grow exponentially with full jitter (a uniform draw in [0, min(maxDelay,
// baseDelay·2^n)]), and never fall short of the server's Retry-After.
struct RetryPolicy
{
    // Attempts in all, the first one included.
    int maxAttempts = 4;
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {30000};
    // A Retry-After beyond this ends the retries: the caller shows the error and its wait.
    std::chrono::milliseconds maxRetryAfter {std::chrono::minutes(2)};

    static bool isIdempotentMethod(const QByteArray& method);
    static bool isRepeatable(const QByteArray& method, bool hasIdempotencyKey);
    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // The full-jitter wait before retry number `retryIndex` (0 for the first retry).
    std::chrono::milliseconds backoff(int retryIndex, RandomSource& random) const;
    // The wait before the next attempt once `attemptsMade` attempts failed with a retryable
    // outcome, or nullopt when the retries are over.
    std::optional<std::chrono::milliseconds>
    nextDelay(int attemptsMade, std::optional<std::chrono::milliseconds> retryAfter, RandomSource& random) const;
};

} // namespace segurdesk::portal
