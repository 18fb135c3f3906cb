#include "core/services/DossierImporter.h"

#include "core/services/DraftDossier.h"

namespace segurdesk::services {

DossierImporter::DossierImporter(storage::DraftStore& drafts)
    : m_drafts(drafts)
{ }

const storage::Draft* DossierImporter::findExisting(const QJsonObject& json)
{
    if (!m_existing)
        m_existing = m_drafts.list();
    // A draft already sent (or being sent) with this content is the one to resume or report.
    const storage::Draft* editable = nullptr;
    for (const storage::DraftListEntry& entry : *m_existing) {
        if (entry.error.isError() || entry.draft.dossier() != json)
            continue;
        if (!entry.draft.isEditable())
            return &entry.draft;
        editable = editable ? editable : &entry.draft;
    }
    return editable;
}

storage::StorageError DossierImporter::import(const model::DossierFile::Loaded& loaded, storage::Draft& draft)
{
    const QJsonObject json = DraftDossier::draftJson(loaded.dossier);
    if (const storage::Draft* existing = findExisting(json)) {
        if (storage::StorageError error = m_drafts.load(existing->id(), draft))
            return error;
        return draft.isEditable() ? DraftDossier::storeDocuments(m_drafts, draft, loaded.attachments)
                                  : storage::StorageError();
    }
    if (storage::StorageError error = m_drafts.create(json, draft))
        return error;
    m_existing->prepend(storage::DraftListEntry {draft.id(), {}, draft});
    return DraftDossier::storeDocuments(m_drafts, draft, loaded.attachments);
}

} // namespace segurdesk::services
