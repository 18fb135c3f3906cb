#pragma once

#include <QtGlobal>

namespace segurdesk::sandbox {

// The earliest time at which scheduled work falls due, in milliseconds since the epoch. Every
// request asks whether something is due before it is handled: this makes the usual answer,
// nothing, a comparison instead of a query.
class DueTime
{
public:
    // Forgets what was noted; `earliest` 0 means nothing is scheduled.
    void reset(qint64 earliest) { m_next = earliest; }
    void note(qint64 at)
    {
        if (m_next == 0 || at < m_next)
            m_next = at;
    }
    bool isDue(qint64 now) const { return m_next != 0 && m_next <= now; }

private:
    qint64 m_next = 0;
};

} // namespace segurdesk::sandbox
