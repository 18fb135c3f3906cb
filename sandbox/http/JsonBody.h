#pragma once

#include "sandbox/http/RequestContext.h"

#include <QJsonObject>

#include <optional>

namespace segurdesk::sandbox {

// The JSON object body of a request, or the 400/415 problem that explains why there is none.
class JsonBody
{
public:
    static std::optional<QJsonObject> parse(const RequestContext& context, HttpResponse* problem);
};

} // namespace segurdesk::sandbox
