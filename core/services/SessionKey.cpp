#include "core/services/SessionKey.h"

#include <QMutex>

namespace segurdesk::services::SessionKey {

namespace {

struct Kept
{
    QMutex mutex;
    QString dataDir;
    crypto::SecretKey key;
};

Kept& kept()
{
    static Kept state;
    return state;
}

} // namespace

crypto::SecretKey find(const QString& dataDir)
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    return state.dataDir == dataDir ? state.key : crypto::SecretKey();
}

void keep(const QString& dataDir, const crypto::SecretKey& key)
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    state.dataDir = dataDir;
    state.key = key;
}

void forget()
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    state.dataDir.clear();
    state.key.clear();
}

} // namespace segurdesk::services::SessionKey
