#include "core/services/PortalLookups.h"

#include "core/portal/BankLookupRequest.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/CompanyLookupRequest.h"
#include "core/portal/ConfigRequest.h"
#include "core/portal/ReferencingLookupRequest.h"
#include "core/portal/TemplateDownloadRequest.h"
#include "core/services/ReleaseLater.h"

namespace segurdesk::services {

PortalLookups::PortalLookups(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

PortalLookups::~PortalLookups() = default;

template<typename Request, typename Deliver, typename... Arguments>
void PortalLookups::run(Kind kind, Deliver deliver, Arguments&&... arguments)
{
    std::unique_ptr<portal::PortalRequest>& slot = m_running.at(std::size_t(kind));
    // Deleting a running request aborts it silently: its answer is for a value no longer shown.
    slot.reset();
    auto request = std::make_unique<Request>(m_client, std::forward<Arguments>(arguments)...);
    connect(request.get(), &portal::PortalRequest::finished, this, [this, kind, deliver, typed = request.get()] {
        releaseLater(m_running.at(std::size_t(kind)));
        if (typed->succeeded())
            deliver(*typed);
        else
            emit failed(kind, typed->error());
    });
    slot = std::move(request);
    slot->start();
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
