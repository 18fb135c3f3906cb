#include "core/model/ApplicantRules.h"

#include "core/model/RuleHelpers.h"
#include "core/validation/Email.h"
#include "core/validation/PersonName.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"

#include <QCoreApplication>

namespace segurdesk::model::rules {

namespace {

using Need = DocumentChecker::Need;

constexpr qsizetype kMaxTextLength = 255;
// NF Z10-011: a postal address line holds at most 38 characters.
constexpr qsizetype kMaxAddressLine = 38;

void checkAddress(const Address& address, FieldErrors& errors)
{
    const QString prefix = QStringLiteral("applicant.address.");
    if (requireText(
            errors, prefix + QLatin1String("street"), address.street,
            QCoreApplication::translate("DossierValidator", "Enter the street address; the SIRET lookup fills it in.")))
        limitLength(errors, prefix + QLatin1String("street"), address.street, kMaxTextLength);
    if (requireText(
            errors, prefix + QLatin1String("postal_code"), address.postalCode,
            QCoreApplication::translate("DossierValidator", "Enter the postal code; the SIRET lookup fills it in."))) {
        const QString code = address.postalCode.trimmed();
        const bool fiveDigits = code.size() == 5
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!fiveDigits) {
            add(errors, prefix + QLatin1String("postal_code"), QStringLiteral("postal_code.format"),
                QCoreApplication::translate("DossierValidator",
                                            "A French postal code has five digits, such as 75015."));
        }
    }
    if (requireText(errors, prefix + QLatin1String("city"), address.city,
                    QCoreApplication::translate("DossierValidator", "Enter the city; the SIRET lookup fills it in.")))
        limitLength(errors, prefix + QLatin1String("city"), address.city, kMaxTextLength);

    const std::pair<const char*, const QString*> optionalLines[] = {
        {"recipient", &address.recipient},
        {"building", &address.building},
        {"extension", &address.extension},
        {"complement", &address.complement},
    };
    for (const auto& [key, value] : optionalLines) {
        if (value->trimmed().size() > kMaxAddressLine) {
            add(errors, prefix + QLatin1String(key), QStringLiteral("address.line_too_long"),
                QCoreApplication::translate("DossierValidator",
                                            "An address line holds at most %1 characters (standard NF Z10-011): "
                                            "letters may cut this one.")
                    .arg(kMaxAddressLine),
                Severity::Warning);
        }
    }
}

void checkCompany(const Dossier& dossier, std::optional<bool> buyer, DocumentChecker& documents, FieldErrors& errors)
{
    const Applicant& applicant = dossier.applicant;
    if (requireText(errors, QStringLiteral("applicant.siret"), applicant.siret,
                    QCoreApplication::translate("DossierValidator", "Enter the SIRET of the applicant company.")))
        addResult(errors, QStringLiteral("applicant.siret"), validation::validateSiret(applicant.siret));
    if (requireText(
            errors, QStringLiteral("applicant.company_name"), applicant.companyName,
            QCoreApplication::translate(
                "DossierValidator", "Enter the company name (dénomination sociale); the SIRET lookup fills it in.")))
        limitLength(errors, QStringLiteral("applicant.company_name"), applicant.companyName, kMaxTextLength);
    if (requireText(errors, QStringLiteral("applicant.trade_name"), applicant.tradeName,
                    QCoreApplication::translate("DossierValidator", "Enter the trade name (nom commercial).")))
        limitLength(errors, QStringLiteral("applicant.trade_name"), applicant.tradeName, kMaxTextLength);
    checkAddress(applicant.address, errors);

    documents.check(DocumentKind::PurchaseOrder, buyer ? (*buyer ? Need::Required : Need::NotNeeded) : Need::Unknown,
                    QCoreApplication::translate("DossierValidator",
                                                "Your SIRET differs from the developer operator's, so you enroll as an "
                                                "acheteur: attach your purchase order (%1).")
                        .arg(documents.limitText()));
    documents.check(DocumentKind::Kbis, applicant.companyNameEdited ? Need::Required : Need::NotNeeded,
                    QCoreApplication::translate("DossierValidator",
                                                "You changed the company name found for this SIRET: attach a Kbis "
                                                "extract that shows it (%1).")
                        .arg(documents.limitText()));
}

void checkThirdParty(const Dossier& dossier, DocumentChecker& documents, FieldErrors& errors)
{
    const std::optional<bool> legal = dossier.applicant.isLegalRepresentative;
    if (!legal) {
        add(errors, QStringLiteral("applicant.is_legal_representative"), QStringLiteral("field.required"),
            QCoreApplication::translate("DossierValidator",
                                        "Answer whether you are the company's legal representative (yes or no)."));
    }
    if (legal == true) {
        if (!dossier.depositor.isEmpty()) {
            add(errors, QStringLiteral("depositor"), QStringLiteral("depositor.not_needed"),
                QCoreApplication::translate("DossierValidator",
                                            "You are the legal representative: the depositor's details are not "
                                            "needed and will not be sent."),
                Severity::Warning);
        }
        if (dossier.thirdPartyRole) {
            add(errors, QStringLiteral("third_party_role"), QStringLiteral("third_party_role.not_needed"),
                QCoreApplication::translate("DossierValidator",
                                            "You are the legal representative: the capacity as third-party filer is "
                                            "not needed and will not be sent."),
                Severity::Warning);
        }
    }
    if (legal == false) {
        checkPerson(dossier.depositor, QStringLiteral("depositor"), errors);
        documents.check(DocumentKind::DepositorId, Need::Required);
        if (!dossier.thirdPartyRole) {
            add(errors, QStringLiteral("third_party_role"), QStringLiteral("field.required"),
                QCoreApplication::translate("DossierValidator",
                                            "Choose your capacity as third-party filer: management centre or "
                                            "chartered accountant, or employee of the company."));
        }
    } else if (legal == true) {
        documents.check(DocumentKind::DepositorId, Need::NotNeeded);
    }

    const auto needFor = [&](ThirdPartyRole wanted) {
        if (legal == true)
            return Need::NotNeeded;
        if (legal != false || !dossier.thirdPartyRole)
            return Need::Unknown;
        return *dossier.thirdPartyRole == wanted ? Need::Required : Need::NotNeeded;
    };
    documents.check(DocumentKind::ServiceContract, needFor(ThirdPartyRole::Accountant),
                    QCoreApplication::translate("DossierValidator",
                                                "As a management centre or chartered accountant, attach the service "
                                                "contract signed with the company; the portal offers a model (%1).")
                        .arg(documents.limitText()));
    documents.check(DocumentKind::Mandate, needFor(ThirdPartyRole::Employee),
                    QCoreApplication::translate("DossierValidator",
                                                "As an employee of the company, attach the legal representative's "
                                                "mandate; the portal offers a model (%1).")
                        .arg(documents.limitText()));
}

} // namespace

void checkPerson(const Person& person, const QString& prefix, FieldErrors& errors)
{
    const QString dot = prefix + QLatin1Char('.');
    if (requireText(errors, dot + QLatin1String("last_name"), person.lastName,
                    QCoreApplication::translate("DossierValidator", "Enter the last name.")))
        addResult(errors, dot + QLatin1String("last_name"), validation::validatePersonName(person.lastName));
    if (requireText(errors, dot + QLatin1String("first_name"), person.firstName,
                    QCoreApplication::translate("DossierValidator", "Enter the first name.")))
        addResult(errors, dot + QLatin1String("first_name"), validation::validatePersonName(person.firstName));

    bool emailValid = false;
    if (requireText(errors, dot + QLatin1String("email"), person.email,
                    QCoreApplication::translate("DossierValidator", "Enter the email address."))) {
        const ValidationResult email = validation::validateEmail(person.email);
        addResult(errors, dot + QLatin1String("email"), email);
        emailValid = email.isValid();
    }
    if (requireText(errors, dot + QLatin1String("email_confirmation"), person.emailConfirmation,
                    QCoreApplication::translate("DossierValidator", "Enter the email address again to confirm it."))
        && emailValid) {
        addResult(errors, dot + QLatin1String("email_confirmation"),
                  validation::validateEmailConfirmation(person.email, person.emailConfirmation));
    }
    if (requireText(errors, dot + QLatin1String("phone"), person.phone,
                    QCoreApplication::translate("DossierValidator", "Enter the telephone number.")))
        addResult(errors, dot + QLatin1String("phone"), validation::validatePhone(person.phone));
    if (!person.idDocumentType) {
        add(errors, dot + QLatin1String("id_document_type"), QStringLiteral("field.required"),
            QCoreApplication::translate("DossierValidator",
                                        "Choose the type of identity document: national identity card, passport or "
                                        "residence permit."));
    }
}

void checkApplicantStep(const Dossier& dossier, std::optional<bool> buyer, DocumentChecker& documents,
                        FieldErrors& errors)
{
    checkCompany(dossier, buyer, documents, errors);
    checkPerson(dossier.representative, QStringLiteral("representative"), errors);
    documents.check(DocumentKind::RepresentativeId, Need::Required);
    checkThirdParty(dossier, documents, errors);
}

} // namespace segurdesk::model::rules
