#include "core/model/ThirdPartyRole.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::model {

namespace {

struct RoleInfo
{
    const char* id;
    const char* label;
};

constexpr std::array<RoleInfo, 2> kRoles = {{
    {"accountant", QT_TRANSLATE_NOOP("ThirdPartyRole", "Management centre, chartered accountant…")},
    {"employee", QT_TRANSLATE_NOOP("ThirdPartyRole", "Employee of the legal entity")},
}};

} // namespace

QList<ThirdPartyRole> allThirdPartyRoles()
{
    return {ThirdPartyRole::Accountant, ThirdPartyRole::Employee};
}

QString thirdPartyRoleId(ThirdPartyRole role)
{
    return QLatin1String(kRoles[static_cast<std::size_t>(role)].id);
}

std::optional<ThirdPartyRole> thirdPartyRoleFromId(QStringView id)
{
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if (id == QLatin1String(kRoles[i].id))
            return static_cast<ThirdPartyRole>(i);
    }
    return std::nullopt;
}

QString thirdPartyRoleLabel(ThirdPartyRole role)
{
    return QCoreApplication::translate("ThirdPartyRole", kRoles[static_cast<std::size_t>(role)].label);
}

} // namespace segurdesk::model
