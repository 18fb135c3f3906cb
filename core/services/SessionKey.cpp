#include "core/services/SessionKey.h"

#include <QMutex>

namespace segurdesk::services::SessionKey {

namespace {

struct Kept
{
    QMutex mutex;
    QString dataDir;
    QByteArray keyFile;
    crypto::SecretKey key;
};

Kept& kept()
{
    static Kept state;
    return state;
}

} // namespace

crypto::SecretKey find(const QString& dataDir, const QByteArray& keyFile)
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    const bool same = !keyFile.isEmpty() && state.dataDir == dataDir && state.keyFile == keyFile;
    return same ? state.key : crypto::SecretKey();
}

void keep(const QString& dataDir, const QByteArray& keyFile, const crypto::SecretKey& key)
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    state.dataDir = dataDir;
    state.keyFile = keyFile;
    state.key = key;
}

void forget()
{
    Kept& state = kept();
    const QMutexLocker locker(&state.mutex);
    state.dataDir.clear();
    state.keyFile.clear();
    state.key.clear();
}

} // namespace segurdesk::services::SessionKey
