#pragma once

namespace segurdesk::storage {

// Sets the organization and application names Qt derives the data, configuration and cache
// folders from (QStandardPaths), and the version the About box shows. The app, segurdesk-cli
// and segurdesk-sandbox find the same drafts, outbox, dossier cache and embedded portal data only
// because they all call this first.
void setApplicationIdentity();

} // namespace segurdesk::storage
