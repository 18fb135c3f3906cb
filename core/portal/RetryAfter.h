#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace segurdesk::portal {

// The wait a Retry-After header asks for (RFC 9110 §10.2.3): delay-seconds or an HTTP-date
// (IMF-fixdate, or the obsolete RFC 850 and asctime forms), relative to `nowUtc`. A date in the
// past means no wait. Anything else, including a negative or absurdly long number, is nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc);

} // namespace segurdesk::portal
