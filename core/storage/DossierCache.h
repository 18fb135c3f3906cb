#pragma once

#include "core/crypto/SecretKey.h"
#include "core/storage/CachedObject.h"
#include "core/storage/SqliteConnection.h"

#include <QList>

namespace segurdesk::storage {

// What the portal last returned, for offline display: one SQLite table of objects keyed by
// (kind, id), the JSON encrypted (it holds names, IBANs and mails), the list and sort fields in
// clear. Nothing here is authoritative: rebuild() replaces it all from a fresh download.
class DossierCache
{
public:
    DossierCache(const QString& databasePath, const crypto::SecretKey& key);

    StorageError open();

    StorageError upsert(const QList<CachedObject>& objects);
    // Replaces the whole cache in one transaction and records the refresh time.
    StorageError rebuild(const QList<CachedObject>& objects);
    StorageError clear();
    StorageError remove(CachedObject::Kind kind, const QString& id);

    StorageError get(CachedObject::Kind kind, const QString& id, CachedObject& object) const;
    // Objects of a kind (of one parent when parentId is set), latest first.
    QList<CachedObject> list(CachedObject::Kind kind, const QString& parentId = {},
                             StorageError* error = nullptr) const;
    // When rebuild() last ran; invalid if never.
    QDateTime refreshedAt() const;

private:
    StorageError write(const QList<CachedObject>& objects);
    QList<CachedObject> read(CachedObject::Kind kind, const QString& condition, const QVariantList& values,
                             StorageError* error) const;

    SqliteConnection m_connection;
    crypto::SecretKey m_key;
};

} // namespace segurdesk::storage
