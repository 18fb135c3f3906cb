#pragma once

#include "core/portal/Clock.h"

#include <QElapsedTimer>

namespace segurdesk::portal {

// The real clock: system UTC time, a monotonic timer and QTimer for delayed calls.
class SystemClock final : public Clock
{
public:
    SystemClock();

    QDateTime nowUtc() const override;
    std::chrono::milliseconds monotonic() const override;
    void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) override;

private:
    QElapsedTimer m_elapsed;
};

} // namespace segurdesk::portal
