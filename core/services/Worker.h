#pragma once

#include "core/crypto/ThreadStateRelease.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace segurdesk::services {

// The threads service jobs run on, one fewer than the cores. Not Qt's global pool: Qt 6.4's raster engine fills large
// areas on that pool and waits for it on the GUI thread, so jobs queued there (inspecting six documents) froze painting
// until they were done.
QThreadPool& workerPool();

// Waits until every job has ended, so that none outlives what it uses: a draft being written is
// written in full. Runs by itself when the QCoreApplication is destroyed (as Qt does for its own
// pool); the app's main() calls it sooner, once its window is gone and before Qt's GUI is torn
// down. The one wait of the project outside an event loop.
void finishWorkers();

// Gives back to the system what this process freed. glibc's allocator keeps freed memory for
// reuse, so that after a large job (the portal's objects of 100 000 dossiers, once their rows are
// built) most of it would stay resident for good. Walks the whole heap (100 ms after 125 000
// dossiers), holding the lock of each arena it trims: call it from a worker, and only after
// freeing much. Does nothing with another allocator.
void releaseFreedMemory();

// Runs `work` on workerPool() and returns its future. Every service job goes through here so that
// each one leaves its pool thread without OpenSSL state (crypto::ThreadStateRelease says why).
template<typename Work> auto runOnWorker(Work work)
{
    return QtConcurrent::run(&workerPool(), [work = std::move(work)]() mutable {
        const crypto::ThreadStateRelease release;
        // Destroyed before `release` runs: what the job captured may use OpenSSL as it goes.
        Work job = std::move(work);
        return job();
    });
}

// Runs `work` on a worker and calls `then` with its result on `owner`'s thread, from the event
// loop. The watcher is a child of `owner`: destroyed with it, and the result is then dropped, so
// `work` must hold copies of what it needs, never `owner`.
template<typename Work, typename Then> void runOnWorker(QObject* owner, Work work, Then then)
{
    auto* watcher = new QFutureWatcher<std::invoke_result_t<Work>>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(runOnWorker(std::move(work)));
}

} // namespace segurdesk::services
