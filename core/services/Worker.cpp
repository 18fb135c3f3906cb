#include "core/services/Worker.h"

#include <QCoreApplication>

namespace segurdesk::services {

QThreadPool& workerPool()
{
    static QThreadPool pool;
    static const bool finishedWithTheApplication = [] {
        qAddPostRoutine(finishWorkers);
        return true;
    }();
    Q_UNUSED(finishedWithTheApplication)
    return pool;
}

void finishWorkers()
{
    workerPool().waitForDone();
}

} // namespace segurdesk::services
