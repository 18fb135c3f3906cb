#include "core/model/IdentityDocumentType.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::model {

namespace {

struct TypeInfo
{
    const char* id;
    const char* label;
};

constexpr std::array<TypeInfo, 3> kTypes = {{
    {"national_id", QT_TRANSLATE_NOOP("IdentityDocumentType", "National identity card")},
    {"passport", QT_TRANSLATE_NOOP("IdentityDocumentType", "Passport")},
    {"residence_permit", QT_TRANSLATE_NOOP("IdentityDocumentType", "Residence permit")},
}};

} // namespace

QList<IdentityDocumentType> allIdentityDocumentTypes()
{
    return {IdentityDocumentType::NationalIdCard, IdentityDocumentType::Passport,
            IdentityDocumentType::ResidencePermit};
}

QString identityDocumentTypeId(IdentityDocumentType type)
{
    return QLatin1String(kTypes[static_cast<std::size_t>(type)].id);
}

std::optional<IdentityDocumentType> identityDocumentTypeFromId(QStringView id)
{
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (id == QLatin1String(kTypes[i].id))
            return static_cast<IdentityDocumentType>(i);
    }
    return std::nullopt;
}

QString identityDocumentTypeLabel(IdentityDocumentType type)
{
    return QCoreApplication::translate("IdentityDocumentType", kTypes[static_cast<std::size_t>(type)].label);
}

} // namespace segurdesk::model
