#include "core/services/Worker.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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
        // Qt SQL closes every connection left in a post routine of its own, registered when its
        // list of drivers is first read, and post routines run last added first. A job still
        // reading the dossier cache as the application went then had its connection closed under
        // it (a crash on exit): Qt SQL's routine is registered now, so that this one runs first.
        QSqlDatabase::drivers();
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

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace segurdesk::services
