#pragma once

#include "core/portal/CaptchaChallenge.h"
#include "core/portal/JsonReplyRequest.h"

namespace segurdesk::portal {

// POST /captchas: a new single-use captcha (public).
class CaptchaRequest final : public JsonReplyRequest<CaptchaChallenge>
{
public:
    explicit CaptchaRequest(PortalClient& client, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
