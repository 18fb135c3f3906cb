#pragma once

#include "core/model/Applicant.h"
#include "core/model/BankDetails.h"
#include "core/model/Declarations.h"
#include "core/model/DocumentKind.h"
#include "core/model/Person.h"
#include "core/model/Referencing.h"
#include "core/model/ThirdPartyRole.h"
#include "core/model/VatRate.h"

#include <QMap>
#include <QString>

#include <optional>

namespace segurdesk::model {

// An enrollment dossier: every field of the five steps. It holds what the user entered, as
// entered (validation normalises, it does not rewrite the dossier), so that a draft reopens
// exactly as it was left.
struct Dossier
{
    Referencing referencing;
    Applicant applicant;
    Person representative;
    // Only for a tiers déclarant (applicant.isLegalRepresentative == false).
    Person depositor;
    std::optional<ThirdPartyRole> thirdPartyRole;
    BankDetails bank;
    std::optional<VatRate> vatRate;
    Declarations declarations;
    // Reference of each attached file. In a dossier file it is a path relative to the
    // file's folder (absolute paths work too); a draft store may keep its own identifiers.
    QMap<DocumentKind, QString> documents;

    bool isThirdPartyFiling() const { return applicant.isLegalRepresentative == false; }

    friend bool operator==(const Dossier&, const Dossier&) = default;
};

} // namespace segurdesk::model
