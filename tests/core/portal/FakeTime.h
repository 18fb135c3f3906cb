#pragma once

#include "core/portal/Clock.h"
#include "core/portal/RandomSource.h"

#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace segurdesk::portal::test {

// A clock whose time only moves when a delayed call runs: callAfter() records the delay,
// advances the virtual time by it and runs the call on the next event loop turn, so backoff
// never waits on the wall clock while the test still sees every delay that was asked for.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2023, 3, 14), QTime(9, 26, 53), QTimeZone::utc()))
        : m_now(std::move(start))
    { }

    QDateTime nowUtc() const override { return m_now; }
    std::chrono::milliseconds monotonic() const override { return m_monotonic; }
    void callAfter(std::chrono::milliseconds delay, QObject* context, std::function<void()> callback) override
    {
        m_delays.push_back(delay);
        QTimer::singleShot(0, context, [this, delay, callback = std::move(callback)] {
            m_now = m_now.addMSecs(delay.count());
            m_monotonic += delay;
            callback();
        });
    }

    void advance(std::chrono::milliseconds by)
    {
        m_now = m_now.addMSecs(by.count());
        m_monotonic += by;
    }
    const std::vector<std::chrono::milliseconds>& delays() const { return m_delays; }

private:
    QDateTime m_now;
    std::chrono::milliseconds m_monotonic {0};
    std::vector<std::chrono::milliseconds> m_delays;
};

// Returns the given draws in turn, then repeats the last one.
class FakeRandom final : public RandomSource
{
public:
    explicit FakeRandom(std::vector<double> draws)
        : m_draws(std::move(draws))
    { }
    double uniform() override
    {
        const double draw = m_draws.at(std::min(m_next, m_draws.size() - 1));
        ++m_next;
        return draw;
    }

private:
    std::vector<double> m_draws;
    std::size_t m_next = 0;
};

} // namespace segurdesk::portal::test
