#include "core/services/PortalLookups.h"

#include "core/portal/BankLookupRequest.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/CompanyLookupRequest.h"
#include "core/portal/ConfigRequest.h"
#include "core/portal/ReferencingLookupRequest.h"
#include "core/services/ReleaseLater.h"

namespace segurdesk::services {

PortalLookups::PortalLookups(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

PortalLookups::~PortalLookups() = default;

template<typename Request, typename Signal, typename... Arguments>
void PortalLookups::run(Kind kind, Signal found, Arguments&&... arguments)
{
    std::unique_ptr<portal::PortalRequest>& slot = m_running.at(std::size_t(kind));
    // Deleting a running request aborts it silently: its answer is for a value no longer shown.
    slot.reset();
    auto request = std::make_unique<Request>(m_client, std::forward<Arguments>(arguments)...);
    connect(request.get(), &portal::PortalRequest::finished, this, [this, kind, found, typed = request.get()] {
        releaseLater(m_running.at(std::size_t(kind)));
        if (typed->succeeded())
            emit(this->*found)(typed->value());
        else
            emit failed(kind, typed->error());
    });
    slot = std::move(request);
    slot->start();
}

void PortalLookups::requestConfig()
{
    run<portal::ConfigRequest>(Kind::Config, &PortalLookups::configReady);
}

void PortalLookups::lookUpReferencing(const QString& number)
{
    run<portal::ReferencingLookupRequest>(Kind::Referencing, &PortalLookups::referencingFound, number.trimmed());
}

void PortalLookups::requestCaptcha()
{
    run<portal::CaptchaRequest>(Kind::Captcha, &PortalLookups::captchaReady);
}

void PortalLookups::lookUpCompany(const QString& siret, const QString& captchaId, const QString& captchaAnswer)
{
    run<portal::CompanyLookupRequest>(Kind::Company, &PortalLookups::companyFound, siret, captchaId,
                                      captchaAnswer.trimmed());
}

void PortalLookups::lookUpBank(const QString& ibanOrBic)
{
    run<portal::BankLookupRequest>(Kind::Bank, &PortalLookups::bankFound, ibanOrBic);
}

} // namespace segurdesk::services
