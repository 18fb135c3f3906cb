#include "core/services/PortalLookups.h"

#include "core/portal/BankLookupRequest.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/CompanyLookupRequest.h"
#include "core/portal/ConfigRequest.h"
#include "core/portal/ReferencingLookupRequest.h"
#include "core/portal/TemplateDownloadRequest.h"
#include "core/services/RequestSlot.h"

namespace segurdesk::services {

PortalLookups::PortalLookups(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

PortalLookups::~PortalLookups() = default;

template<typename Request, typename Deliver, typename... Arguments>
void PortalLookups::run(Kind kind, Deliver deliver, Arguments&&... arguments)
{
    startInSlot(*this, m_running.at(std::size_t(kind)),
                std::make_unique<Request>(m_client, std::forward<Arguments>(arguments)...),
                [this, kind, deliver](const Request& request) {
                    if (request.succeeded())
                        deliver(request);
                    else
                        emit failed(kind, request.error());
                });
}

void PortalLookups::requestConfig()
{
    run<portal::ConfigRequest>(Kind::Config, [this](const auto& request) { emit configReady(request.value()); });
}

void PortalLookups::lookUpReferencing(const QString& number)
{
    run<portal::ReferencingLookupRequest>(
        Kind::Referencing, [this](const auto& request) { emit referencingFound(request.value()); }, number.trimmed());
}

void PortalLookups::requestCaptcha()
{
    run<portal::CaptchaRequest>(Kind::Captcha, [this](const auto& request) { emit captchaReady(request.value()); });
}

void PortalLookups::lookUpCompany(const QString& siret, const QString& captchaId, const QString& captchaAnswer)
{
    run<portal::CompanyLookupRequest>(
        Kind::Company, [this](const auto& request) { emit companyFound(request.value()); }, siret, captchaId,
        captchaAnswer.trimmed());
}

void PortalLookups::lookUpBank(const QString& ibanOrBic)
{
    run<portal::BankLookupRequest>(
        Kind::Bank, [this](const auto& request) { emit bankFound(request.value()); }, ibanOrBic);
}

void PortalLookups::downloadTemplate(const QString& name)
{
    run<portal::TemplateDownloadRequest>(
        Kind::Template,
        [this](const portal::TemplateDownloadRequest& request) { emit templateReady(request.content()); }, name);
}

} // namespace segurdesk::services
