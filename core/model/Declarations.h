#pragma once

namespace segurdesk::model {

// Step 5: the three checkboxes the applicant must tick before submitting.
struct Declarations
{
    bool termsOfUse = false; // CGU
    bool penalCode4417 = false; // Article 441-7 du code pénal (false attestations)
    bool informationAuthentic = false; // Authenticité des informations saisies

    friend bool operator==(const Declarations&, const Declarations&) = default;
};

} // namespace segurdesk::model
