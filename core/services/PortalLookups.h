#pragma once

#include "core/portal/BankInfo.h"
#include "core/portal/CaptchaChallenge.h"
#include "core/portal/CompanyInfo.h"
#include "core/portal/PortalConfig.h"
#include "core/portal/PortalError.h"
#include "core/portal/ReferencingInfo.h"

#include <QObject>

#include <array>
#include <memory>

namespace segurdesk::portal {
class PortalClient;
class PortalRequest;
} // namespace segurdesk::portal

namespace segurdesk::services {

// What the portal knows about the values an operator types into the enrollment form: the MSS
// solution behind an ANS referencing number, the establishment behind a SIRET (which costs a
// captcha), and the bank behind an IBAN or a BIC; the captcha image that SIRET lookup needs; the
// rules the form follows (GET /config: size limit, VAT rates); and the model documents it offers
// (the service contract and the mandate of a tiers déclarant).
//
// Asynchronous, on the thread that owns it. One lookup of each kind runs at a time: asking again
// (the user typed another value) abandons the previous one, whose answer never arrives, so a
// slow answer about an old value cannot overwrite a newer one. Each answer comes from the event
// loop as its own signal, or failed() with the kind and the portal's error (field errors name the
// field, such as "applicant.siret" or "captcha.answer"). The client must outlive this object.
class PortalLookups : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalLookups)

public:
    enum class Kind { Config, Referencing, Captcha, Company, Bank, Template };
    Q_ENUM(Kind)

    explicit PortalLookups(portal::PortalClient& client, QObject* parent = nullptr);
    ~PortalLookups() override;

    void requestConfig();
    void lookUpReferencing(const QString& number);
    // A fresh single-use captcha for lookUpCompany().
    void requestCaptcha();
    // Uses up the captcha, whatever the answer: ask for a new one before the next lookup.
    void lookUpCompany(const QString& siret, const QString& captchaId, const QString& captchaAnswer);
    void lookUpBank(const QString& ibanOrBic);
    // A model document by the portal's name for it ("service-contract", "mandate").
    void downloadTemplate(const QString& name);

    bool isBusy(Kind kind) const { return m_running.at(std::size_t(kind)) != nullptr; }

signals:
    void configReady(const segurdesk::portal::PortalConfig& config);
    void referencingFound(const segurdesk::portal::ReferencingInfo& info);
    void captchaReady(const segurdesk::portal::CaptchaChallenge& captcha);
    void companyFound(const segurdesk::portal::CompanyInfo& info);
    void bankFound(const segurdesk::portal::BankInfo& info);
    void templateReady(const QByteArray& content);
    void failed(segurdesk::services::PortalLookups::Kind kind, const segurdesk::portal::PortalError& error);

private:
    // Starts a `Request` made with `arguments`; `deliver` emits its answer when it succeeds.
    template<typename Request, typename Deliver, typename... Arguments>
    void run(Kind kind, Deliver deliver, Arguments&&... arguments);

    portal::PortalClient& m_client;
    std::array<std::unique_ptr<portal::PortalRequest>, 6> m_running;
};

} // namespace segurdesk::services
