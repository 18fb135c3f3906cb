#pragma once

#include "core/crypto/SecretKey.h"
#include "core/storage/CachedObject.h"
#include "core/storage/SqliteConnection.h"

#include <QHash>
#include <QList>

namespace segurdesk::storage {

// What the portal last returned to one account, for offline display: one SQLite table of objects
// keyed by (account, kind, id), the JSON encrypted (it holds names, IBANs and mails), the list and
// sort fields in clear. Several accounts (a tiers déclarant's profiles, several portals) share the
// file and never see each other's objects; each one's name is kept too, encrypted, so that the
// profiles used on this computer can be listed (otherAccounts()). Nothing here is authoritative:
// rebuild() replaces the account's objects from a fresh download.
class DossierCache
{
public:
    // `account` names the portal account, e.g. the portal address and the login; it is stored
    // encrypted, and looked up by its SHA-256, so the file does not tell who uses it.
    DossierCache(const QString& databasePath, const crypto::SecretKey& key, const QString& account);

    // What another thread needs to open its own connection to this cache (a Qt SQL connection
    // is used only by the thread that opened it): the constructor's three arguments.
    struct Location
    {
        QString databasePath;
        crypto::SecretKey key;
        QString account;
    };
    explicit DossierCache(const Location& at)
        : DossierCache(at.databasePath, at.key, at.account)
    { }
    Location location() const { return {m_path, m_key, m_accountName}; }

    StorageError open();

    StorageError upsert(const QList<CachedObject>& objects);
    // Replaces the account's objects in one transaction and records the refresh time and the
    // account's name.
    StorageError rebuild(const QList<CachedObject>& objects);
    // Forgets the account's objects, refresh time and name.
    StorageError clear();
    StorageError remove(CachedObject::Kind kind, const QString& id);

    StorageError get(CachedObject::Kind kind, const QString& id, CachedObject& object) const;
    // Objects of a kind (of one parent when parentId is set), latest first.
    QList<CachedObject> list(CachedObject::Kind kind, const QString& parentId = {},
                             StorageError* error = nullptr) const;
    // The status of each object of a kind, by id, read from the index without decrypting anything.
    QHash<QString, QString> statuses(CachedObject::Kind kind, StorageError* error = nullptr) const;
    // When rebuild() last ran for the account; invalid if never.
    QDateTime refreshedAt() const;

    // The names (as given to the constructor) of the accounts other than this one that rebuild()
    // kept a copy of. A name that cannot be decrypted (another key) is left out, and `damaged`
    // counts it.
    QStringList otherAccounts(int* damaged = nullptr, StorageError* error = nullptr) const;

private:
    StorageError write(const QList<CachedObject>& objects);
    QList<CachedObject> read(CachedObject::Kind kind, const QString& condition, const QVariantList& values,
                             StorageError* error) const;

    QByteArray role(const QString& kind, const QString& id) const { return roleOf(m_account, kind, id); }
    static QByteArray roleOf(const QString& account, const QString& kind, const QString& id);

    QString m_path;
    QString m_accountName;
    SqliteConnection m_connection;
    crypto::SecretKey m_key;
    QString m_account; // hex SHA-256 of the account name
};

} // namespace segurdesk::storage
