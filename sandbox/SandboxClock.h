#pragma once

#include "sandbox/Clock.h"

namespace segurdesk::sandbox {

// The system clock (UTC, millisecond precision) shifted by an offset that only grows:
// `POST /sandbox/clock` moves it forward so that delays elapse at once.
class SandboxClock final : public Clock
{
public:
    QDateTime now() const override;
    void advance(qint64 seconds);

private:
    qint64 m_offsetMs = 0;
};

} // namespace segurdesk::sandbox
