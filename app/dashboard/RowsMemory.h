#pragma once

#include "app/dashboard/DossierRow.h"

namespace segurdesk::dashboard {

// Gives the memory of the portal's `objects` (their number) that `rows` were made from back to the
// system, once those objects are freed. The rows' texts were allocated among the objects, in small
// blocks that keep most of their pages resident, the allocator giving back only empty pages: for
// a large account the rows are copied anew side by side first (for 100 000 dossiers, 136 MB
// resident instead of 353; bench/dashboard). Does nothing for a small account, whose few MB are
// not worth walking the heap with the allocator's lock held (100 ms for 125 000 objects). Runs on
// a worker.
void releaseObjectsMemory(QList<DossierRow>& rows, qsizetype objects);

} // namespace segurdesk::dashboard
