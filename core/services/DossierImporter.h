#pragma once

#include "core/model/DossierFile.h"
#include "core/storage/DraftStore.h"

#include <QList>

#include <optional>

namespace segurdesk::services {

// Turns dossier files into drafts so that what is submitted is an encrypted, frozen copy that
// survives a crash and the files being moved. Importing the same content again finds the draft
// made the first time (same dossier JSON) instead of creating another one: a batch that is run
// again after a kill resumes its drafts and never submits a dossier twice. An unsent draft's
// attachments are brought in line with the file's documents.
class DossierImporter
{
public:
    explicit DossierImporter(storage::DraftStore& drafts);

    storage::StorageError import(const model::DossierFile::Loaded& loaded, storage::Draft& draft);

private:
    const storage::Draft* findExisting(const QJsonObject& json);

    storage::DraftStore& m_drafts;
    std::optional<QList<storage::DraftListEntry>> m_existing;
};

} // namespace segurdesk::services
