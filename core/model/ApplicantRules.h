#pragma once

#include "core/model/DocumentChecker.h"
#include "core/model/Dossier.h"
#include "core/model/FieldError.h"

namespace segurdesk::model::rules {

// Step 2 (demandeur) of DossierValidator: the company, its address, the legal representative
// and, for a tiers déclarant, the depositor with the proof of the right to file.
void checkApplicantStep(const Dossier& dossier, std::optional<bool> buyer, DocumentChecker& documents,
                        FieldErrors& errors);

// The six fields every person (representative, depositor) has, at `prefix` ("depositor").
void checkPerson(const Person& person, const QString& prefix, FieldErrors& errors);

} // namespace segurdesk::model::rules
