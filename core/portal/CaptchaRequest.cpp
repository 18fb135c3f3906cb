#include "core/portal/CaptchaRequest.h"

namespace segurdesk::portal {

CaptchaRequest::CaptchaRequest(PortalClient& client, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/captchas"), QStringLiteral("/captchas"),
                       parent)
{
    setAuthenticated(false);
}

} // namespace segurdesk::portal
