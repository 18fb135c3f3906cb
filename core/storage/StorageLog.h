#pragma once

#include <QLoggingCategory>

namespace segurdesk {
// Drafts, outbox and cache. Log lines carry ids and counts, never dossier content.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace segurdesk
