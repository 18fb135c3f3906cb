#include "core/services/Worker.h"

#include <QCoreApplication>
#include <QThread>

namespace segurdesk::services {

QThreadPool& workerPool()
{
    static QThreadPool pool;
    // One core stays for the GUI thread and the display server: with a worker on every core, the
    // GUI thread waited for the scheduler as long as a frame while six documents were checked
    // (bench/gui). The checks take no longer: they wait on the disk as much as on the CPU.
    static const bool sized = [] {
        pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        return true;
    }();
    Q_UNUSED(sized)
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
