#pragma once

#include <QString>

namespace segurdesk::model {

// Step 1: the ANS referencing number and what the portal's lookup said about it. Only
// `number` is typed by the user; the others come from GET /referencing/{number}.
struct Referencing
{
    QString number;
    QString dsr;
    QString solutionName;
    // The developer operator's SIRET: an applicant with another SIRET is an acheteur.
    QString developerSiret;
    QString developerName;

    friend bool operator==(const Referencing&, const Referencing&) = default;
};

} // namespace segurdesk::model
