#pragma once

#include "core/services/LocalData.h"
#include "core/services/Worker.h"
#include "core/storage/DraftStore.h"

#include <QObject>

#include <utility>

namespace segurdesk::services {

// One job on the user's drafts, the local data held no longer than it lasts: the local data is
// opened (LocalData: the folder's lock, the key, the drafts), `job(storage::DraftStore&)` runs on
// a worker with its own copy of the store and the folder locked until it ends, and `then(result)`
// follows on `owner`'s thread, from the event loop. When the local data cannot be opened,
// `failed(LocalData::Failure, message)` follows instead. If `owner` is destroyed once the job has
// started, the job still ends (a draft being written is written in full) and its result is
// dropped, so `job` holds copies of what it needs, never `owner`; destroyed before, while the
// local data is still being opened, nothing runs.
template<typename Job, typename Then, typename Failed>
void runOnDrafts(QObject* owner, Job job, Then then, Failed failed)
{
    auto* local = new LocalData(LocalData::Stores::OnWorkers, owner);
    QObject::connect(local, &LocalData::failed, owner,
                     [local, failed = std::move(failed)](LocalData::Failure failure, const QString& message) {
                         // From the event loop: the local data is inside its own signal.
                         local->deleteLater();
                         failed(failure, message);
                     });
    QObject::connect(local, &LocalData::opened, owner,
                     [owner, local, job = std::move(job), then = std::move(then)]() mutable {
                         runOnWorker(
                             owner,
                             [drafts = local->drafts(), lock = local->lockHold(), job = std::move(job)]() mutable {
                                 return job(drafts);
                             },
                             std::move(then));
                         local->deleteLater();
                     });
    local->open(LocalData::Drafts);
}

} // namespace segurdesk::services
