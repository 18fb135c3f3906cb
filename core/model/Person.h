#pragma once

#include "core/model/IdentityDocumentType.h"

#include <QString>

#include <optional>

namespace segurdesk::model {

// The legal representative or the depositor (dépositaire): the same six fields for both.
struct Person
{
    QString lastName;
    QString firstName;
    QString email;
    QString emailConfirmation;
    QString phone;
    std::optional<IdentityDocumentType> idDocumentType;

    bool isEmpty() const
    {
        return lastName.isEmpty() && firstName.isEmpty() && email.isEmpty() && emailConfirmation.isEmpty()
            && phone.isEmpty() && !idDocumentType;
    }

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace segurdesk::model
