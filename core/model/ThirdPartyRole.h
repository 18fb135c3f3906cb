#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace segurdesk::model {

// Qualité de tiers déclarant: who files for the legal representative, which decides the
// document that proves the right to do so.
enum class ThirdPartyRole {
    Accountant, // centre de gestion, expert-comptable…: contrat de prestation
    Employee, // employé de la personne morale: mandat du représentant légal
};

QList<ThirdPartyRole> allThirdPartyRoles();
// Stable identifier in the dossier JSON: "accountant", "employee".
QString thirdPartyRoleId(ThirdPartyRole role);
std::optional<ThirdPartyRole> thirdPartyRoleFromId(QStringView id);
QString thirdPartyRoleLabel(ThirdPartyRole role);

} // namespace segurdesk::model
