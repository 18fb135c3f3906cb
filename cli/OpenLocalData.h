#pragma once

#include "cli/Task.h"
#include "core/services/LocalData.h"

#include <memory>

class QTextStream;

namespace segurdesk::cli {

// The user's local data (services::LocalData) as a command opens it: `parts` of
// services::LocalData::Part, the Cache part holding the objects of `cacheAccount`
// (AccountSession::cacheAccount()). The key comes from the OS keychain; where there is none
// (servers, CI), the environment variable SEGURDESK_PASSPHRASE protects it instead, and once
// its key file exists that variable is required. While another process uses the data, says so
// on `err` and waits (LocalData::LockWait). On failure writes why to `err`, with what to do, and
// gives nullptr.
Task<std::unique_ptr<services::LocalData>> openLocalData(int parts, QTextStream& err, const QString& cacheAccount = {});

} // namespace segurdesk::cli
