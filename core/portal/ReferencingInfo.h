#pragma once

#include "core/model/Referencing.h"
#include "core/portal/ReplyReader.h"

namespace segurdesk::portal {

// GET /referencing/{number}: the referenced MSS solution, as the model's step 1 values.
struct ReferencingInfo
{
    model::Referencing referencing;

    static ReferencingInfo read(ReplyReader& reader);
};

} // namespace segurdesk::portal
