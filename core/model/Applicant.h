#pragma once

#include "core/model/Address.h"

#include <QString>

#include <optional>

namespace segurdesk::model {

// Step 2: the company that applies (demandeur).
struct Applicant
{
    QString siret;
    // Dénomination sociale, filled by the SIRET lookup.
    QString companyName;
    // True when the user changed the dénomination the lookup returned: a Kbis must prove it.
    bool companyNameEdited = false;
    QString tradeName; // Nom commercial
    Address address;
    // "Êtes-vous le représentant légal ?": unset until answered; false means tiers déclarant.
    std::optional<bool> isLegalRepresentative;

    friend bool operator==(const Applicant&, const Applicant&) = default;
};

} // namespace segurdesk::model
