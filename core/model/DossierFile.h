#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/model/DossierRules.h"
#include "core/model/FieldError.h"

#include <QString>

namespace segurdesk::model {

// A dossier file on disk (docs/dossier-format.md): what `segurdesk-cli validate` and
// `submit` read. Document paths in it are relative to the file's folder.
class DossierFile
{
public:
    struct Loaded
    {
        Dossier dossier;
        // The documents, resolved to absolute paths.
        AttachmentSet attachments;
        // Reading and parsing problems (unreadable file, JSON syntax, wrong types, unknown
        // members); the dossier holds whatever could be read.
        FieldErrors errors;
    };

    static Loaded load(const QString& path);

    // load() then DossierValidator: every problem of the file at once. A field that could
    // not be read reports its parsing error only, not also "required".
    static FieldErrors validate(const QString& path, const DossierRules& rules = DossierRules());
};

} // namespace segurdesk::model
