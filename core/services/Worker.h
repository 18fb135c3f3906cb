#pragma once

#include "core/crypto/ThreadStateRelease.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace segurdesk::services {

// Runs `work` on Qt's global thread pool and returns its future; the caller watches it with a
// QFutureWatcher it owns. Every service job goes through here so that each one leaves its pool
// thread without OpenSSL state (crypto::ThreadStateRelease says why).
template<typename Work> auto runOnWorker(Work work)
{
    return QtConcurrent::run([work = std::move(work)]() mutable {
        const crypto::ThreadStateRelease release;
        // Destroyed before `release` runs: what the job captured may use OpenSSL as it goes.
        Work job = std::move(work);
        return job();
    });
}

} // namespace segurdesk::services
