#include "sandbox/SandboxClock.h"

namespace segurdesk::sandbox {

QDateTime SandboxClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

void SandboxClock::advance(qint64 seconds)
{
    if (seconds > 0)
        m_offsetMs += seconds * 1000;
}

} // namespace segurdesk::sandbox
