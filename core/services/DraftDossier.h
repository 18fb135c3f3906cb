#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/model/FieldError.h"
#include "core/storage/Draft.h"

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
};

} // namespace segurdesk::services
