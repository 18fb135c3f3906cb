#pragma once

#include "core/crypto/SecretKey.h"

#include <QByteArray>
#include <QString>

// The drafts master key of a data folder protected by a passphrase, kept in memory once the user
// has given the passphrase, until the process ends (or forget()): scrypt (about a second and
// 128 MB, by design) then runs once per session instead of at every save. LocalData keeps the key
// it unwrapped here and uses it when the same folder is opened without a passphrase, as long as
// its key file is the one the key came from (`keyFile`: that file's content, which holds the key
// wrapped, never the key itself). A folder whose key is in the OS keychain never comes here. Any
// thread.
namespace segurdesk::services::SessionKey {

// The key kept for the data folder `dataDir` whose key file holds `keyFile`, or a null key.
crypto::SecretKey find(const QString& dataDir, const QByteArray& keyFile);
void keep(const QString& dataDir, const QByteArray& keyFile, const crypto::SecretKey& key);
// The next opening of any folder protected by a passphrase asks for it again.
void forget();

} // namespace segurdesk::services::SessionKey
