#pragma once

#include "core/portal/CompanyInfo.h"
#include "core/portal/JsonReplyRequest.h"

namespace segurdesk::portal {

// GET /companies/{siret}: the establishment behind a SIRET (public). It consumes the captcha
// whatever the outcome, so it is never retried; field errors come back at "applicant.siret",
// "captcha.id" and "captcha.answer".
class CompanyLookupRequest final : public JsonReplyRequest<CompanyInfo>
{
public:
    CompanyLookupRequest(PortalClient& client, const QString& siret, const QString& captchaId,
                         const QString& captchaAnswer, QObject* parent = nullptr);
};

} // namespace segurdesk::portal
