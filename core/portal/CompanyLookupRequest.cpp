#include "core/portal/CompanyLookupRequest.h"

namespace segurdesk::portal {

CompanyLookupRequest::CompanyLookupRequest(PortalClient& client, const QString& siret, const QString& captchaId,
                                           const QString& captchaAnswer, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/companies/{siret}"),
                       QStringLiteral("/companies/") + encodeSegment(siret), parent)
{
    setAuthenticated(false);
    setNeverRetried();
    addQueryItem(QLatin1String("captcha_id"), captchaId);
    addQueryItem(QLatin1String("captcha_answer"), captchaAnswer);
    setFieldAliases({{QStringLiteral("siret"), QStringLiteral("applicant.siret")},
                     {QStringLiteral("captcha_id"), QStringLiteral("captcha.id")},
                     {QStringLiteral("captcha_answer"), QStringLiteral("captcha.answer")}});
}

} // namespace segurdesk::portal
