#include "core/portal/SystemClock.h"

#include <QTimer>

namespace segurdesk::portal {

SystemClock::SystemClock()
{
    m_elapsed.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

std::chrono::milliseconds SystemClock::monotonic() const
{
    return std::chrono::milliseconds(m_elapsed.elapsed());
}

void SystemClock::callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback)
{
    QTimer::singleShot(delay, context, std::move(callback));
}

} // namespace segurdesk::portal
