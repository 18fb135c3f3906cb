#include "sandbox/services/DossierValidator.h"

#include "core/validation/Bic.h"
#include "core/validation/Email.h"
#include "core/validation/Iban.h"
#include "core/validation/PersonName.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"

#include <QRegularExpression>

namespace segurdesk::sandbox {

const QStringList& DossierValidator::documentParts()
{
    static const QStringList parts {QStringLiteral("referencing_certificate"),
                                    QStringLiteral("operator_contract"),
                                    QStringLiteral("purchase_order"),
                                    QStringLiteral("kbis"),
                                    QStringLiteral("representative_id_document"),
                                    QStringLiteral("depositor_id_document"),
                                    QStringLiteral("service_contract"),
                                    QStringLiteral("mandate"),
                                    QStringLiteral("rib"),
                                    QStringLiteral("vat_exemption_certificate")};
    return parts;
}

DossierValidator::DossierValidator(const Fixtures& fixtures, const QList<VatRate>& vatRates)
    : m_fixtures(fixtures)
    , m_vatRates(vatRates)
{ }

void DossierValidator::error(const QString& field, const QString& code, const QString& message)
{
    m_result.errors.append({field, code, message});
}

void DossierValidator::check(const QString& field, const ValidationResult& result)
{
    if (!result.isValid())
        error(field, result.code, result.message);
}

QString DossierValidator::text(const QJsonObject& object, const QString& key, const QString& path, bool required,
                               int maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
        if (required)
            error(path, QStringLiteral("field.required"), tr("This field is required."));
        return {};
    }
    if (!value.isString()) {
        error(path, QStringLiteral("field.type"), tr("This field must be text."));
        return {};
    }
    const QString trimmed = value.toString().trimmed();
    if (trimmed.size() > maxLength) {
        error(path, QStringLiteral("field.too_long"), tr("This field is limited to %1 characters.").arg(maxLength));
        return {};
    }
    return trimmed;
}

QJsonObject DossierValidator::object(const QJsonObject& parent, const QString& key, const QString& path)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject()) {
        error(path,
              value.isUndefined() || value.isNull() ? QStringLiteral("field.required") : QStringLiteral("field.type"),
              tr("This section is missing or malformed."));
        return {};
    }
    return value.toObject();
}

QJsonObject DossierValidator::person(const QJsonObject& dossier, const QString& key)
{
    const QJsonObject input = object(dossier, key, key);
    QJsonObject out;
    const auto name = [&](const char* member) {
        const QString path = key + QLatin1Char('.') + QLatin1String(member);
        const QString value = text(input, QLatin1String(member), path, true);
        if (value.isEmpty())
            return;
        const ValidationResult result = validation::validatePersonName(value);
        check(path, result);
        out.insert(QLatin1String(member), result.isValid() ? result.normalized : value);
    };
    name("last_name");
    name("first_name");
    const QString email = text(input, QStringLiteral("email"), key + QStringLiteral(".email"), true, 254);
    if (!email.isEmpty()) {
        const ValidationResult result = validation::validateEmail(email);
        check(key + QStringLiteral(".email"), result);
        out.insert(QStringLiteral("email"), result.isValid() ? result.normalized : email);
    }
    const QString confirmation
        = text(input, QStringLiteral("email_confirmation"), key + QStringLiteral(".email_confirmation"), true, 254);
    if (!email.isEmpty() && !confirmation.isEmpty()) {
        check(key + QStringLiteral(".email_confirmation"), validation::validateEmailConfirmation(email, confirmation));
        out.insert(QStringLiteral("email_confirmation"), confirmation);
    }
    const QString phone = text(input, QStringLiteral("phone"), key + QStringLiteral(".phone"), true, 40);
    if (!phone.isEmpty()) {
        const ValidationResult result = validation::validatePhone(phone);
        check(key + QStringLiteral(".phone"), result);
        out.insert(QStringLiteral("phone"), result.isValid() ? result.normalized : phone);
    }
    const QString idType
        = text(input, QStringLiteral("id_document_type"), key + QStringLiteral(".id_document_type"), true);
    static const QStringList idTypes {QStringLiteral("national_id"), QStringLiteral("passport"),
                                      QStringLiteral("residence_permit")};
    if (!idType.isEmpty() && !idTypes.contains(idType)) {
        error(key + QStringLiteral(".id_document_type"), QStringLiteral("field.choice"),
              tr("Choose a national identity card, a passport or a residence permit."));
    }
    out.insert(QStringLiteral("id_document_type"), idType);
    return out;
}

QJsonObject DossierValidator::address(const QJsonObject& applicant)
{
    const QString base = QStringLiteral("applicant.address");
    const QJsonObject input = object(applicant, QStringLiteral("address"), base);
    QJsonObject out;
    for (const char* member : {"street", "postal_code", "city"})
        out.insert(QLatin1String(member),
                   text(input, QLatin1String(member), base + QLatin1Char('.') + QLatin1String(member), true));
    static const QRegularExpression postalCode(QStringLiteral("^[0-9]{5}$"));
    const QString code = out.value(QLatin1String("postal_code")).toString();
    if (!code.isEmpty() && !postalCode.match(code).hasMatch())
        error(base + QStringLiteral(".postal_code"), QStringLiteral("postal_code.format"),
              tr("A postal code has five digits."));
    for (const char* member : {"recipient", "building", "extension", "complement"}) {
        const QString value
            = text(input, QLatin1String(member), base + QLatin1Char('.') + QLatin1String(member), false, 100);
        if (!value.isEmpty())
            out.insert(QLatin1String(member), value);
    }
    return out;
}

DossierValidator::Result DossierValidator::validate(const QJsonObject& dossier, const QSet<QString>& presentDocuments)
{
    m_result = Result();
    QJsonObject normalized;

    // Step 1: referencing.
    const QJsonObject referencing = object(dossier, QStringLiteral("referencing"), QStringLiteral("referencing"));
    const QString number = text(referencing, QStringLiteral("number"), QStringLiteral("referencing.number"), true, 64);
    if (!number.isEmpty()) {
        if (const auto entry = m_fixtures.referencing(number)) {
            m_result.referencing = *entry;
            m_result.developerSiret = entry->value(QLatin1String("developer_siret")).toString();
        } else {
            error(QStringLiteral("referencing.number"), QStringLiteral("referencing.unknown"),
                  tr("No MSS solution is referenced under this number."));
        }
    }
    normalized.insert(QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), number.toUpper()}});

    // Step 2: applicant, representative, depositor.
    const QJsonObject applicant = object(dossier, QStringLiteral("applicant"), QStringLiteral("applicant"));
    QJsonObject applicantOut;
    const QString siretInput = text(applicant, QStringLiteral("siret"), QStringLiteral("applicant.siret"), true, 40);
    QString siret;
    std::optional<QJsonObject> company;
    if (!siretInput.isEmpty()) {
        const ValidationResult result = validation::validateSiret(siretInput);
        check(QStringLiteral("applicant.siret"), result);
        if (result.isValid()) {
            siret = result.normalized;
            company = m_fixtures.company(siret);
            if (!company) {
                error(QStringLiteral("applicant.siret"), QStringLiteral("siret.not_found"),
                      tr("No establishment is registered under this SIRET."));
            }
        }
    }
    applicantOut.insert(QStringLiteral("siret"), siret.isEmpty() ? siretInput : siret);
    m_result.companyName
        = text(applicant, QStringLiteral("company_name"), QStringLiteral("applicant.company_name"), true);
    m_result.tradeName = text(applicant, QStringLiteral("trade_name"), QStringLiteral("applicant.trade_name"), true);
    applicantOut.insert(QStringLiteral("company_name"), m_result.companyName);
    applicantOut.insert(QStringLiteral("trade_name"), m_result.tradeName);
    applicantOut.insert(QStringLiteral("address"), address(applicant));
    const QJsonValue legal = applicant.value(QLatin1String("is_legal_representative"));
    if (!legal.isBool()) {
        error(QStringLiteral("applicant.is_legal_representative"), QStringLiteral("field.required"),
              tr("Say whether you are the legal representative."));
    }
    const bool isLegalRepresentative = legal.toBool(true);
    applicantOut.insert(QStringLiteral("is_legal_representative"), isLegalRepresentative);
    normalized.insert(QStringLiteral("applicant"), applicantOut);

    QStringList required {QStringLiteral("referencing_certificate"), QStringLiteral("operator_contract"),
                          QStringLiteral("representative_id_document"), QStringLiteral("rib")};
    m_result.role = QStringLiteral("developer");
    if (!siret.isEmpty() && !m_result.developerSiret.isEmpty() && siret != m_result.developerSiret) {
        m_result.role = QStringLiteral("buyer");
        required.append(QStringLiteral("purchase_order"));
    }
    if (company && !m_result.companyName.isEmpty()
        && m_result.companyName.compare(company->value(QLatin1String("company_name")).toString(), Qt::CaseInsensitive)
            != 0)
        required.append(QStringLiteral("kbis"));

    const QJsonObject representative = person(dossier, QStringLiteral("representative"));
    normalized.insert(QStringLiteral("representative"), representative);
    m_result.contactEmail = representative.value(QLatin1String("email")).toString();
    m_result.contactName = representative.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + representative.value(QLatin1String("last_name")).toString();
    if (!isLegalRepresentative) {
        const QJsonObject depositor = person(dossier, QStringLiteral("depositor"));
        normalized.insert(QStringLiteral("depositor"), depositor);
        m_result.contactEmail = depositor.value(QLatin1String("email")).toString();
        m_result.contactName = depositor.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
            + depositor.value(QLatin1String("last_name")).toString();
        required.append(QStringLiteral("depositor_id_document"));
        const QString role
            = text(dossier, QStringLiteral("third_party_role"), QStringLiteral("third_party_role"), true);
        if (role == QLatin1String("accountant")) {
            required.append(QStringLiteral("service_contract"));
        } else if (role == QLatin1String("employee")) {
            required.append(QStringLiteral("mandate"));
        } else if (!role.isEmpty()) {
            error(QStringLiteral("third_party_role"), QStringLiteral("field.choice"),
                  tr("Choose a management centre or chartered accountant, or an employee of the company."));
        }
        normalized.insert(QStringLiteral("third_party_role"), role);
    }

    // Step 3: bank details.
    const QJsonObject bank = object(dossier, QStringLiteral("bank"), QStringLiteral("bank"));
    QJsonObject bankOut;
    const QString iban = text(bank, QStringLiteral("iban"), QStringLiteral("bank.iban"), true, 64);
    if (!iban.isEmpty()) {
        const ValidationResult result = validation::validateIban(iban);
        check(QStringLiteral("bank.iban"), result);
        bankOut.insert(QStringLiteral("iban"), result.isValid() ? result.normalized : iban);
    }
    const QString bic = text(bank, QStringLiteral("bic"), QStringLiteral("bank.bic"), true, 20);
    if (!bic.isEmpty()) {
        const ValidationResult result = validation::validateBic(bic);
        check(QStringLiteral("bank.bic"), result);
        bankOut.insert(QStringLiteral("bic"), result.isValid() ? result.normalized : bic);
        if (result.isValid()) {
            if (const auto directory = m_fixtures.bankByBic(result.normalized))
                m_result.domiciliation = directory->value(QLatin1String("domiciliation")).toString();
        }
    }
    bankOut.insert(QStringLiteral("holder"), text(bank, QStringLiteral("holder"), QStringLiteral("bank.holder"), true));
    normalized.insert(QStringLiteral("bank"), bankOut);

    // Step 4: VAT.
    const QString vat = text(dossier, QStringLiteral("vat_rate"), QStringLiteral("vat_rate"), true, 10);
    if (!vat.isEmpty()) {
        const bool known = std::any_of(m_vatRates.cbegin(), m_vatRates.cend(),
                                       [&vat](const VatRate& rate) { return rate.code == vat; });
        if (!known)
            error(QStringLiteral("vat_rate"), QStringLiteral("field.choice"),
                  tr("Choose one of the VAT rates offered."));
        if (vat == QLatin1String("exempt"))
            required.append(QStringLiteral("vat_exemption_certificate"));
    }
    normalized.insert(QStringLiteral("vat_rate"), vat);

    // Step 5: declarations.
    const QJsonObject declarations = object(dossier, QStringLiteral("declarations"), QStringLiteral("declarations"));
    for (const char* member : {"terms_of_use", "penal_code_441_7", "information_authentic"}) {
        if (declarations.value(QLatin1String(member)) != QJsonValue(true)) {
            error(QStringLiteral("declarations.") + QLatin1String(member), QStringLiteral("declaration.required"),
                  tr("You must tick this box to submit."));
        }
    }
    normalized.insert(QStringLiteral("declarations"), declarations);

    for (const QString& part : required) {
        if (!presentDocuments.contains(part)) {
            error(QStringLiteral("documents.") + part, QStringLiteral("document.required"),
                  tr("This document is required: attach a PDF, JPEG or PNG file."));
        }
    }
    m_result.requiredDocuments = required;
    m_result.normalized = normalized;
    return m_result;
}

} // namespace segurdesk::sandbox
