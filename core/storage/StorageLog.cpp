#include "core/storage/StorageLog.h"

namespace segurdesk {
Q_LOGGING_CATEGORY(lcStorage, "segurdesk.storage")
} // namespace segurdesk
