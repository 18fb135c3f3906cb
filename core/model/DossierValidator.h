#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/model/DossierRules.h"
#include "core/model/FieldError.h"

#include <QList>

namespace segurdesk::model {

// Every rule of an enrollment dossier (SPEC.md §1), in one place for the app's wizard, the
// CLI and the sandbox. validate() reports ALL problems at once, one FieldError per field and
// rule, in the order of the form (step 1 to 5). Field formats are judged by core/validation
// (SIRET, IBAN, BIC, e-mail, phone, names) and files by core/files (FileInspector: type by
// content, size limit, PDF/image integrity); this class adds what is required, the
// cross-field rules and the documents each answer calls for.
//
// Warnings (IBAN/BIC countries, unneeded documents, lookups not done yet) never block.
// Inspecting files needs a QGuiApplication (QtPdf, image decoders) in the process.
class DossierValidator
{
public:
    explicit DossierValidator(DossierRules rules = DossierRules());

    FieldErrors validate(const Dossier& dossier, const AttachmentSet& attachments) const;

    // The documents this dossier must carry given its answers so far: what a client sends.
    static QList<DocumentKind> requiredDocuments(const Dossier& dossier);
    // True when the applicant is an acheteur (its SIRET is not the developer operator's);
    // unknown until the referencing lookup gave the developer's SIRET.
    static std::optional<bool> isBuyer(const Dossier& dossier);

    const DossierRules& rules() const { return m_rules; }

private:
    DossierRules m_rules;
};

} // namespace segurdesk::model
