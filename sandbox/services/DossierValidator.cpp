#include "sandbox/services/DossierValidator.h"

#include "core/model/AttachmentSet.h"
#include "core/model/DocumentKind.h"
#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/validation/Bic.h"
#include "core/validation/Siret.h"

namespace segurdesk::sandbox {

DossierValidator::DossierValidator(const Fixtures& fixtures, const model::DossierRules& rules)
    : m_fixtures(fixtures)
    , m_rules(rules)
{ }

DossierValidator::Result DossierValidator::validate(const QJsonObject& input,
                                                    const QHash<QString, files::FileInspection>& inspections) const
{
    Result result;
    QJsonObject withoutCaptcha = input;
    withoutCaptcha.remove(QStringLiteral("captcha"));
    model::DossierJson::Parsed parsed
        = model::DossierJson::fromJson(withoutCaptcha, model::DossierJson::Mode::PortalInput);
    model::Dossier& dossier = parsed.dossier;
    QList<FieldError> portal;

    // What the portal's lookups know, whatever the client claims.
    if (const auto solution = m_fixtures.referencing(dossier.referencing.number)) {
        dossier.referencing.dsr = solution->value(QLatin1String("dsr")).toString();
        dossier.referencing.solutionName = solution->value(QLatin1String("solution_name")).toString();
        dossier.referencing.developerSiret = solution->value(QLatin1String("developer_siret")).toString();
        dossier.referencing.developerName = solution->value(QLatin1String("developer_name")).toString();
    } else if (!dossier.referencing.number.trimmed().isEmpty()) {
        portal.append({QStringLiteral("referencing.number"), QStringLiteral("referencing.unknown"),
                       tr("No MSS solution is referenced under this number.")});
    }
    const ValidationResult siret = validation::validateSiret(dossier.applicant.siret);
    if (siret.isValid()) {
        result.siret = siret.normalized;
        if (const auto company = m_fixtures.company(siret.normalized)) {
            dossier.applicant.companyNameEdited
                = dossier.applicant.companyName.trimmed().compare(
                      company->value(QLatin1String("company_name")).toString(), Qt::CaseInsensitive)
                != 0;
        } else {
            portal.append({QStringLiteral("applicant.siret"), QStringLiteral("siret.not_found"),
                           tr("No establishment is registered under this SIRET.")});
        }
    }
    const ValidationResult bic = validation::validateBic(dossier.bank.bic);
    dossier.bank.domiciliation.clear();
    if (bic.isValid()) {
        if (const auto bank = m_fixtures.bankByBic(bic.normalized))
            dossier.bank.domiciliation = bank->value(QLatin1String("domiciliation")).toString();
    }

    model::AttachmentSet attachments;
    for (auto it = inspections.cbegin(); it != inspections.cend(); ++it) {
        if (const auto kind = model::documentKindFromKey(it.key()))
            attachments.insert(*kind, model::Attachment {it.key(), QString(), it.value()});
    }
    const model::FieldErrors errors
        = model::mergeFieldErrors(parsed.errors, model::DossierValidator(m_rules).validate(dossier, attachments));
    for (const model::FieldError& error : errors) {
        if (error.isBlocking())
            result.errors.append({error.field, error.code, error.message});
    }
    for (const FieldError& error : portal) {
        const bool known = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                       [&error](const FieldError& other) { return other.field == error.field; });
        if (!known)
            result.errors.append(error);
    }

    for (const model::DocumentKind kind : model::DossierValidator::requiredDocuments(dossier))
        result.requiredDocuments.append(model::documentKey(kind));
    result.role = model::DossierValidator::isBuyer(dossier).value_or(false) ? QStringLiteral("buyer")
                                                                            : QStringLiteral("developer");
    const model::Person& contact = dossier.isThirdPartyFiling() ? dossier.depositor : dossier.representative;
    result.contactEmail = contact.email.trimmed();
    result.contactName = (contact.firstName.trimmed() + QLatin1Char(' ') + contact.lastName.trimmed()).trimmed();
    result.domiciliation = dossier.bank.domiciliation;
    result.stored = model::DossierJson::toJson(dossier, model::DossierJson::Mode::PortalInput);
    result.dossier = dossier;
    return result;
}

} // namespace segurdesk::sandbox
