#pragma once

#include <QString>

namespace segurdesk::model {

// Step 3: the account the funding is paid to.
struct BankDetails
{
    QString iban;
    QString bic;
    QString holder; // Titulaire
    // Filled by the portal from the BIC or IBAN; never typed.
    QString domiciliation;

    friend bool operator==(const BankDetails&, const BankDetails&) = default;
};

} // namespace segurdesk::model
