#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace segurdesk::model {

// The identity documents the portal accepts for a representative or a depositor.
enum class IdentityDocumentType { NationalIdCard, Passport, ResidencePermit };

QList<IdentityDocumentType> allIdentityDocumentTypes();
// Stable identifier in the dossier JSON: "national_id", "passport", "residence_permit".
QString identityDocumentTypeId(IdentityDocumentType type);
std::optional<IdentityDocumentType> identityDocumentTypeFromId(QStringView id);
QString identityDocumentTypeLabel(IdentityDocumentType type);

} // namespace segurdesk::model
