#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

class QObject;

namespace segurdesk::portal {

// Time as the portal client sees it: wall time (Retry-After dates, expiries), a monotonic
// counter (durations) and delayed calls (retry backoff). Injected so that tests decide time.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    virtual std::chrono::milliseconds monotonic() const = 0;
    // Runs `callback` in `context`'s thread after `delay`; never runs it once `context` is destroyed.
    virtual void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) = 0;
};

} // namespace segurdesk::portal
