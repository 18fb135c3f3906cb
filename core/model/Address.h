#pragma once

#include <QString>

namespace segurdesk::model {

// The applicant's postal address: street, postal code and city from the SIRET lookup, plus
// the optional complements of step 2.
struct Address
{
    QString street;
    QString postalCode;
    QString city;
    QString recipient; // Identité du destinataire/service
    QString building; // Entrée/Bât/Immeuble
    QString extension; // bis, ter…
    QString complement; // Complément d'adresse

    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace segurdesk::model
