#pragma once

#include "core/crypto/SecretKey.h"

#include <QString>

// The drafts master key of a data folder protected by a passphrase, kept in memory once the user
// has given the passphrase, until the process ends: scrypt (about a second and 128 MB, by design)
// then runs once per session instead of at every save. LocalData keeps the key it unwrapped here
// and uses it when the same folder is opened without a passphrase. A folder whose key is in the
// OS keychain never comes here. Any thread.
namespace segurdesk::services::SessionKey {

// The key kept for the data folder `dataDir`, or a null key.
crypto::SecretKey find(const QString& dataDir);
void keep(const QString& dataDir, const crypto::SecretKey& key);
// The next opening of any folder protected by a passphrase asks for it again.
void forget();

} // namespace segurdesk::services::SessionKey
