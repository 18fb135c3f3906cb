#pragma once

#include "core/portal/PortalRequest.h"

namespace segurdesk::portal {

// A request whose success (202, 204) carries nothing to read.
class EmptyReplyRequest : public PortalRequest
{
protected:
    using PortalRequest::PortalRequest;

    std::optional<PortalError> handleSuccess(const Answer&) override { return std::nullopt; }
};

} // namespace segurdesk::portal
