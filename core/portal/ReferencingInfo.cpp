#include "core/portal/ReferencingInfo.h"

namespace segurdesk::portal {

ReferencingInfo ReferencingInfo::read(ReplyReader& reader)
{
    ReferencingInfo info;
    info.referencing.number = reader.string(QLatin1String("number"));
    info.referencing.dsr = reader.string(QLatin1String("dsr"));
    info.referencing.solutionName = reader.string(QLatin1String("solution_name"));
    info.referencing.developerSiret = reader.string(QLatin1String("developer_siret"));
    info.referencing.developerName = reader.string(QLatin1String("developer_name"));
    return info;
}

} // namespace segurdesk::portal
