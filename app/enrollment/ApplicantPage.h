#pragma once

#include "app/enrollment/EnrollmentPage.h"
#include "core/model/Dossier.h"
#include "core/services/PortalLookups.h"

#include <QList>

#include <functional>
#include <memory>

class QButtonGroup;
class QLineEdit;

namespace segurdesk::widgets {
class FieldCheck;
}

namespace segurdesk::enrollment {

class PersonForm;
class TemplateDownloads;

namespace Ui {
class ApplicantPage;
}

// Step 2, demandeur: the company's SIRET, looked up on the portal with a single-use security
// code, which fills the company name and address; the trade name and the optional address lines;
// the purchase order of an acheteur (a SIRET other than the developer operator's) and the Kbis
// that proves a company name the user changed; the legal representative; and, for a tiers
// déclarant, the depositor and the document that gives them the right to file.
class ApplicantPage : public EnrollmentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicantPage)

public:
    static constexpr int Step = 2;

    // `lookups` must outlive the page.
    ApplicantPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent = nullptr);
    ~ApplicantPage() override;

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    using TextOf = std::function<QString&(model::Dossier&)>;

    void bindText(QLineEdit* edit, TextOf text);
    void addPersonTargets(PersonForm* form, const QString& prefix, const std::function<QString()>& whose);
    void siretChanged();
    void companyNameChanged();
    void requestCaptcha();
    void showCaptcha(const portal::CaptchaChallenge& captcha);
    void searchCompany();
    void showCompany(const portal::CompanyInfo& company);
    void showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error);
    void showCompanyMessage(const QString& message);
    void showState();
    void retranslate();

    std::unique_ptr<Ui::ApplicantPage> m_ui;
    services::PortalLookups& m_lookups;
    QList<std::pair<QLineEdit*, TextOf>> m_texts;
    widgets::FieldCheck* m_siretCheck = nullptr;
    TemplateDownloads* m_templates = nullptr;
    QButtonGroup* m_legal = nullptr;
    QButtonGroup* m_role = nullptr;
    PersonForm* m_representative = nullptr;
    PersonForm* m_depositor = nullptr;
    QList<std::pair<widgets::DocumentField*, model::DocumentKind>> m_documents;
    QString m_captchaId; // the security code shown; empty while none is
    QString m_companyAsked; // the SIRET being looked up
    QString m_foundFor; // the SIRET the company name and address were found for
    QString m_foundName; // the company name the portal gave
};

} // namespace segurdesk::enrollment
