#pragma once

// The enrollment wizard filled in as an operator does, every control driven by objectName, for
// the tests that need an enrollment sent through the app: each branch of the form (the developer
// operator or a buyer; the legal representative, or a tiers déclarant of either capacity; a VAT
// rate, or not subject with its certificate).
#include "tests/core/files/FileFixtures.h"

#include <QString>

namespace segurdesk::enrollment {
class EnrollmentWizard;
}

namespace segurdesk::testing {

enum class Filer { LegalRepresentative, Accountant, Employee };

struct WizardBranch
{
    const char* name;
    bool buyer; // the applicant is not the solution's developer operator
    Filer filer;
    const char* vat; // a rate's id, or "exempt"
};

// The representative's address, which the account made for the enrollment mails to.
inline constexpr const char16_t* RepresentativeEmail = u"claire.martin@example.fr";

// The SIRET the wizard looks up for `branch`: the developer operator's, or a buyer's.
QString siretOf(const WizardBranch& branch);

// Fills every step of `wizard` (shown, on the sandbox's portal) for `branch`, the company traded
// as `tradeName`, with documents made in `files`, and sends it with the sandbox's security code;
// returns once the portal's receipt shows. Fails the running test at a step that does not open,
// saying what it lacks.
void fillAndSend(enrollment::EnrollmentWizard& wizard, const WizardBranch& branch, const QString& tradeName,
                 FileFixtures& files);

} // namespace segurdesk::testing
