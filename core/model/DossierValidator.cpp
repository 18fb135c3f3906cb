#include "core/model/DossierValidator.h"

#include "core/model/ApplicantRules.h"
#include "core/model/DocumentChecker.h"
#include "core/model/RuleHelpers.h"
#include "core/validation/Bic.h"
#include "core/validation/Iban.h"
#include "core/validation/Siret.h"

#include <QCoreApplication>
#include <QStringList>

namespace segurdesk::model {

namespace {

using Need = DocumentChecker::Need;
using namespace rules;

constexpr qsizetype kMaxReferencingLength = 64;
constexpr qsizetype kMaxTextLength = 255;

void checkReferencingStep(const Dossier& dossier, const DossierRules& dossierRules, DocumentChecker& documents,
                          FieldErrors& errors)
{
    const Referencing& referencing = dossier.referencing;
    if (requireText(errors, QStringLiteral("referencing.number"), referencing.number,
                    QCoreApplication::translate("DossierValidator", "Enter the ANS referencing number.")))
        limitLength(errors, QStringLiteral("referencing.number"), referencing.number, kMaxReferencingLength);
    if (!referencing.dsr.trimmed().isEmpty()
        && referencing.dsr.trimmed().compare(dossierRules.dsr, Qt::CaseInsensitive) != 0) {
        add(errors, QStringLiteral("referencing.dsr"), QStringLiteral("referencing.wrong_dsr"),
            QCoreApplication::translate("DossierValidator",
                                        "This referencing number belongs to the DSR \"%1\", not \"%2\": check the "
                                        "number on your ANS referencing certificate.")
                .arg(referencing.dsr.trimmed(), dossierRules.dsr));
    }
    if (!referencing.developerSiret.trimmed().isEmpty()) {
        addResult(errors, QStringLiteral("referencing.developer_siret"),
                  validation::validateSiret(referencing.developerSiret));
    } else if (!referencing.number.trimmed().isEmpty()) {
        add(errors, QStringLiteral("referencing.developer_siret"), QStringLiteral("referencing.not_looked_up"),
            QCoreApplication::translate("DossierValidator",
                                        "The referencing number has not been looked up on the portal yet: whether a "
                                        "purchase order is needed (acheteur) will be checked once it is."),
            Severity::Warning);
    }
    documents.check(DocumentKind::ReferencingCertificate, Need::Required);
    documents.check(DocumentKind::OperatorContract, Need::Required);
}

void checkBankStep(const Dossier& dossier, DocumentChecker& documents, FieldErrors& errors)
{
    const BankDetails& bank = dossier.bank;
    bool ibanValid = false;
    bool bicValid = false;
    if (requireText(errors, QStringLiteral("bank.iban"), bank.iban,
                    QCoreApplication::translate("DossierValidator", "Enter the IBAN of the account to be paid."))) {
        const ValidationResult iban = validation::validateIban(bank.iban);
        addResult(errors, QStringLiteral("bank.iban"), iban);
        ibanValid = iban.isValid();
    }
    if (requireText(errors, QStringLiteral("bank.bic"), bank.bic,
                    QCoreApplication::translate("DossierValidator", "Enter the BIC of the bank."))) {
        const ValidationResult bic = validation::validateBic(bank.bic);
        addResult(errors, QStringLiteral("bank.bic"), bic);
        bicValid = bic.isValid();
    }
    if (ibanValid && bicValid)
        addResult(errors, QStringLiteral("bank.bic"), validation::checkIbanBicCoherence(bank.iban, bank.bic));
    if (requireText(errors, QStringLiteral("bank.holder"), bank.holder,
                    QCoreApplication::translate("DossierValidator", "Enter the account holder (titulaire).")))
        limitLength(errors, QStringLiteral("bank.holder"), bank.holder, kMaxTextLength);
    documents.check(DocumentKind::Rib, Need::Required);
}

void checkVatStep(const Dossier& dossier, const DossierRules& dossierRules, DocumentChecker& documents,
                  FieldErrors& errors)
{
    if (!dossier.vatRate) {
        add(errors, QStringLiteral("vat_rate"), QStringLiteral("field.required"),
            QCoreApplication::translate("DossierValidator",
                                        "Choose the VAT rate that applies to the company, or \"not subject to VAT\"."));
    } else if (!dossierRules.vatRates.contains(*dossier.vatRate)) {
        QStringList accepted;
        for (const VatRate& rate : dossierRules.vatRates)
            accepted.append(rate.id());
        add(errors, QStringLiteral("vat_rate"), QStringLiteral("vat_rate.not_accepted"),
            QCoreApplication::translate("DossierValidator", "The VAT rate %1 is not one of the call's rates: %2.")
                .arg(dossier.vatRate->id(), accepted.join(QLatin1String(", "))));
    }
    const Need need = !dossier.vatRate ? Need::Unknown
        : dossier.vatRate->isSubject() ? Need::NotNeeded
                                       : Need::Required;
    documents.check(DocumentKind::VatExemptionCertificate, need,
                    QCoreApplication::translate("DossierValidator",
                                                "Not subject to VAT: attach the certificate of non-liability to VAT "
                                                "issued by the tax administration (DGFiP) (%1).")
                        .arg(documents.limitText()));
}

void checkDeclarationsStep(const Declarations& declarations, FieldErrors& errors)
{
    if (!declarations.termsOfUse) {
        add(errors, QStringLiteral("declarations.terms_of_use"), QStringLiteral("declaration.required"),
            QCoreApplication::translate("DossierValidator", "Accept the terms of use (CGU) to submit the dossier."));
    }
    if (!declarations.penalCode4417) {
        add(errors, QStringLiteral("declarations.penal_code_441_7"), QStringLiteral("declaration.required"),
            QCoreApplication::translate("DossierValidator",
                                        "Acknowledge article 441-7 of the penal code (false attestations) to submit "
                                        "the dossier."));
    }
    if (!declarations.informationAuthentic) {
        add(errors, QStringLiteral("declarations.information_authentic"), QStringLiteral("declaration.required"),
            QCoreApplication::translate("DossierValidator",
                                        "Certify that the information entered is authentic to submit the dossier."));
    }
}

} // namespace

DossierValidator::DossierValidator(DossierRules rules)
    : m_rules(std::move(rules))
{ }

std::optional<bool> DossierValidator::isBuyer(const Dossier& dossier)
{
    // Only two valid SIRETs can be compared: an invalid one is reported on its own.
    const ValidationResult developer = validation::validateSiret(dossier.referencing.developerSiret);
    const ValidationResult applicant = validation::validateSiret(dossier.applicant.siret);
    if (!developer.isValid() || !applicant.isValid())
        return std::nullopt;
    return developer.normalized != applicant.normalized;
}

QList<DocumentKind> DossierValidator::requiredDocuments(const Dossier& dossier)
{
    QList<DocumentKind> kinds {DocumentKind::ReferencingCertificate, DocumentKind::OperatorContract};
    if (isBuyer(dossier) == true)
        kinds.append(DocumentKind::PurchaseOrder);
    if (dossier.applicant.companyNameEdited)
        kinds.append(DocumentKind::Kbis);
    kinds.append(DocumentKind::RepresentativeId);
    if (dossier.isThirdPartyFiling()) {
        kinds.append(DocumentKind::DepositorId);
        if (dossier.thirdPartyRole == ThirdPartyRole::Accountant)
            kinds.append(DocumentKind::ServiceContract);
        if (dossier.thirdPartyRole == ThirdPartyRole::Employee)
            kinds.append(DocumentKind::Mandate);
    }
    kinds.append(DocumentKind::Rib);
    if (dossier.vatRate && !dossier.vatRate->isSubject())
        kinds.append(DocumentKind::VatExemptionCertificate);
    return kinds;
}

FieldErrors DossierValidator::validate(const Dossier& dossier, const AttachmentSet& attachments) const
{
    FieldErrors errors;
    DocumentChecker documents(attachments, m_rules.maxUploadBytes, errors);
    checkReferencingStep(dossier, m_rules, documents, errors);
    checkApplicantStep(dossier, isBuyer(dossier), documents, errors);
    checkBankStep(dossier, documents, errors);
    checkVatStep(dossier, m_rules, documents, errors);
    checkDeclarationsStep(dossier.declarations, errors);
    return errors;
}

} // namespace segurdesk::model
