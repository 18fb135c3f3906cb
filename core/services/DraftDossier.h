#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/model/FieldError.h"
#include "core/storage/Draft.h"
#include "core/storage/DraftStore.h"

#include <QJsonObject>

namespace segurdesk::services {

// The bridge between a draft and the dossier model. A draft keeps the dossier file's JSON
// (docs/dossier-format.md) without its `documents` member: the attachments are the draft's
// own encrypted copies, each inspected when it was attached.
struct DraftDossier
{
    model::Dossier dossier;
    model::AttachmentSet attachments;
    model::FieldErrors parseErrors;

    static DraftDossier fromDraft(const storage::Draft& draft);
    // The JSON a draft stores for `dossier`.
    static QJsonObject draftJson(const model::Dossier& dossier);
    // Every problem at once, as `validate` reports for a file.
    model::FieldErrors validate() const;

    // What differs between the draft's documents and `attachments`: a document given by its file
    // is copied in when the draft holds another content for its slot (the file is read to know);
    // one without a file is the draft's own copy (a draft resumed) and stays. `error` is set when
    // such a copy is not the draft's.
    struct DocumentChanges
    {
        QStringList detached; // slots
        QList<storage::DraftStore::Source> attached;
        storage::StorageError error;

        bool isEmpty() const { return detached.isEmpty() && attached.isEmpty(); }
    };
    static DocumentChanges documentChanges(const storage::Draft& draft, const model::AttachmentSet& attachments);
    // Brings the draft's documents in line with `attachments`, as documentChanges() says.
    static storage::StorageError storeDocuments(storage::DraftStore& store, storage::Draft& draft,
                                                const model::AttachmentSet& attachments);
    static storage::StorageError storeDocuments(storage::DraftStore& store, storage::Draft& draft,
                                                const DocumentChanges& changes);
};

} // namespace segurdesk::services
