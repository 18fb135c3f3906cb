#include "core/model/DossierJson.h"

#include "core/model/JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace segurdesk::model {

namespace {

using Mode = DossierJson::Mode;

QLatin1String L(const char* text)
{
    return QLatin1String(text);
}

void reportInvalidChoice(const JsonObjectReader& reader, QLatin1String key, const QString& value,
                         const QStringList& choices)
{
    reader.report(reader.pathOf(key), L("field.invalid_choice"),
                  QCoreApplication::translate("DossierJson", "\"%1\" is not a possible value; use one of: %2.")
                      .arg(value, choices.join(QLatin1String(", "))));
}

template<typename Enum, typename FromId>
std::optional<Enum> readChoice(JsonObjectReader& reader, QLatin1String key, FromId fromId, const QStringList& choices)
{
    const QString value = reader.string(key);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<Enum> choice = fromId(value);
    if (!choice)
        reportInvalidChoice(reader, key, value, choices);
    return choice;
}

QStringList identityDocumentTypeIds()
{
    QStringList ids;
    for (const auto type : allIdentityDocumentTypes())
        ids.append(identityDocumentTypeId(type));
    return ids;
}

QStringList thirdPartyRoleIds()
{
    QStringList ids;
    for (const auto role : allThirdPartyRoles())
        ids.append(thirdPartyRoleId(role));
    return ids;
}

QStringList vatRateIds()
{
    QStringList ids;
    for (const auto& rate : VatRate::defaultRates())
        ids.append(rate.id());
    return ids;
}

Referencing readReferencing(const QJsonObject& object, Mode mode, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("referencing"), errors);
    Referencing referencing;
    referencing.number = reader.string(L("number"));
    if (mode == Mode::File) {
        referencing.dsr = reader.string(L("dsr"));
        referencing.solutionName = reader.string(L("solution_name"));
        referencing.developerSiret = reader.string(L("developer_siret"));
        referencing.developerName = reader.string(L("developer_name"));
    } else {
        for (const char* key : {"dsr", "solution_name", "developer_siret", "developer_name"})
            reader.ignore(L(key));
    }
    reader.finish();
    return referencing;
}

Address readAddress(const QJsonObject& object, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("applicant.address"), errors);
    Address address;
    address.street = reader.string(L("street"));
    address.postalCode = reader.string(L("postal_code"));
    address.city = reader.string(L("city"));
    address.recipient = reader.string(L("recipient"));
    address.building = reader.string(L("building"));
    address.extension = reader.string(L("extension"));
    address.complement = reader.string(L("complement"));
    reader.finish();
    return address;
}

Applicant readApplicant(const QJsonObject& object, Mode mode, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("applicant"), errors);
    Applicant applicant;
    applicant.siret = reader.string(L("siret"));
    applicant.companyName = reader.string(L("company_name"));
    if (mode == Mode::File)
        applicant.companyNameEdited = reader.boolean(L("company_name_edited")).value_or(false);
    else
        reader.ignore(L("company_name_edited"));
    applicant.tradeName = reader.string(L("trade_name"));
    if (const auto address = reader.object(L("address")))
        applicant.address = readAddress(*address, errors);
    applicant.isLegalRepresentative = reader.boolean(L("is_legal_representative"));
    reader.finish();
    return applicant;
}

Person readPerson(const QJsonObject& object, const QString& path, FieldErrors* errors)
{
    JsonObjectReader reader(object, path, errors);
    Person person;
    person.lastName = reader.string(L("last_name"));
    person.firstName = reader.string(L("first_name"));
    person.email = reader.string(L("email"));
    person.emailConfirmation = reader.string(L("email_confirmation"));
    person.phone = reader.string(L("phone"));
    person.idDocumentType = readChoice<IdentityDocumentType>(reader, L("id_document_type"), identityDocumentTypeFromId,
                                                             identityDocumentTypeIds());
    reader.finish();
    return person;
}

BankDetails readBank(const QJsonObject& object, Mode mode, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("bank"), errors);
    BankDetails bank;
    bank.iban = reader.string(L("iban"));
    bank.bic = reader.string(L("bic"));
    bank.holder = reader.string(L("holder"));
    if (mode == Mode::File)
        bank.domiciliation = reader.string(L("domiciliation"));
    else
        reader.ignore(L("domiciliation"));
    reader.finish();
    return bank;
}

Declarations readDeclarations(const QJsonObject& object, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("declarations"), errors);
    Declarations declarations;
    declarations.termsOfUse = reader.boolean(L("terms_of_use")).value_or(false);
    declarations.penalCode4417 = reader.boolean(L("penal_code_441_7")).value_or(false);
    declarations.informationAuthentic = reader.boolean(L("information_authentic")).value_or(false);
    reader.finish();
    return declarations;
}

QMap<DocumentKind, QString> readDocuments(const QJsonObject& object, FieldErrors* errors)
{
    JsonObjectReader reader(object, QStringLiteral("documents"), errors);
    QMap<DocumentKind, QString> documents;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto kind = documentKindFromKey(it.key());
        if (!kind) {
            reader.report(
                reader.pathOf(it.key()), L("document.unknown"),
                QCoreApplication::translate("DossierJson", "Unknown document; the documents are: %1.").arg([] {
                    QStringList keys;
                    for (const auto k : allDocumentKinds())
                        keys.append(documentKey(k));
                    return keys.join(QLatin1String(", "));
                }()));
            continue;
        }
        const QByteArray key = documentKey(*kind).toLatin1();
        const QString path = reader.string(QLatin1String(key));
        if (!path.isEmpty())
            documents.insert(*kind, path);
    }
    return documents;
}

void readFormatVersion(JsonObjectReader& reader)
{
    const auto version = reader.integer(L("format_version"));
    if (version && *version != DossierJson::FormatVersion) {
        reader.report(reader.pathOf(L("format_version")), L("json.format_version"),
                      QCoreApplication::translate("DossierJson",
                                                  "This dossier uses format version %1; this version of Ségur Desk "
                                                  "reads version %2.")
                          .arg(*version)
                          .arg(DossierJson::FormatVersion));
    }
}

QJsonObject personToJson(const Person& person)
{
    QJsonObject object {
        {QStringLiteral("last_name"), person.lastName},
        {QStringLiteral("first_name"), person.firstName},
        {QStringLiteral("email"), person.email},
        {QStringLiteral("email_confirmation"), person.emailConfirmation},
        {QStringLiteral("phone"), person.phone},
    };
    if (person.idDocumentType)
        object.insert(QStringLiteral("id_document_type"), identityDocumentTypeId(*person.idDocumentType));
    return object;
}

} // namespace

DossierJson::Parsed DossierJson::parse(const QByteArray& bytes, Mode mode)
{
    Parsed parsed;
    if (bytes.size() > MaxBytes) {
        parsed.errors.append(FieldError {
            QString(), QStringLiteral("json.too_large"),
            QCoreApplication::translate("DossierJson",
                                        "The dossier is larger than %1 bytes: it cannot be a dossier file (attach "
                                        "documents as separate files).")
                .arg(MaxBytes),
            Severity::Error});
        return parsed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.errors.append(
            FieldError {QString(), QStringLiteral("json.syntax"),
                        QCoreApplication::translate("DossierJson", "The dossier is not valid JSON: %1 at character %2.")
                            .arg(error.errorString())
                            .arg(error.offset),
                        Severity::Error});
        return parsed;
    }
    if (!document.isObject()) {
        parsed.errors.append(FieldError {
            QString(), QStringLiteral("json.not_object"),
            QCoreApplication::translate("DossierJson", "The dossier must be one JSON object between braces { }."),
            Severity::Error});
        return parsed;
    }
    return fromJson(document.object(), mode);
}

DossierJson::Parsed DossierJson::fromJson(const QJsonObject& root, Mode mode)
{
    Parsed parsed;
    FieldErrors* errors = &parsed.errors;
    Dossier& dossier = parsed.dossier;
    JsonObjectReader reader(root, QString(), errors);

    if (mode == Mode::File) {
        readFormatVersion(reader);
    } else {
        // The caller checks the captcha; the portal decides the others.
        for (const char* key : {"captcha", "status", "number", "amounts", "owner", "id", "role", "documents"})
            reader.ignore(L(key));
    }
    if (const auto object = reader.object(L("referencing")))
        dossier.referencing = readReferencing(*object, mode, errors);
    if (const auto object = reader.object(L("applicant")))
        dossier.applicant = readApplicant(*object, mode, errors);
    if (const auto object = reader.object(L("representative")))
        dossier.representative = readPerson(*object, QStringLiteral("representative"), errors);
    if (const auto object = reader.object(L("depositor")))
        dossier.depositor = readPerson(*object, QStringLiteral("depositor"), errors);
    dossier.thirdPartyRole
        = readChoice<ThirdPartyRole>(reader, L("third_party_role"), thirdPartyRoleFromId, thirdPartyRoleIds());
    if (const auto object = reader.object(L("bank")))
        dossier.bank = readBank(*object, mode, errors);
    dossier.vatRate = readChoice<VatRate>(reader, L("vat_rate"), VatRate::fromId, vatRateIds());
    if (const auto object = reader.object(L("declarations")))
        dossier.declarations = readDeclarations(*object, errors);
    if (mode == Mode::File) {
        if (const auto object = reader.object(L("documents")))
            dossier.documents = readDocuments(*object, errors);
    }
    reader.finish();
    return parsed;
}

QJsonObject DossierJson::toJson(const Dossier& dossier, Mode mode)
{
    const bool file = mode == Mode::File;
    QJsonObject root;
    if (file)
        root.insert(QStringLiteral("format_version"), FormatVersion);

    QJsonObject referencing {{QStringLiteral("number"), dossier.referencing.number}};
    if (file) {
        referencing.insert(QStringLiteral("dsr"), dossier.referencing.dsr);
        referencing.insert(QStringLiteral("solution_name"), dossier.referencing.solutionName);
        referencing.insert(QStringLiteral("developer_siret"), dossier.referencing.developerSiret);
        referencing.insert(QStringLiteral("developer_name"), dossier.referencing.developerName);
    }
    root.insert(QStringLiteral("referencing"), referencing);

    const Address& address = dossier.applicant.address;
    QJsonObject applicant {
        {QStringLiteral("siret"), dossier.applicant.siret},
        {QStringLiteral("company_name"), dossier.applicant.companyName},
        {QStringLiteral("trade_name"), dossier.applicant.tradeName},
        {QStringLiteral("address"),
         QJsonObject {
             {QStringLiteral("street"), address.street},
             {QStringLiteral("postal_code"), address.postalCode},
             {QStringLiteral("city"), address.city},
             {QStringLiteral("recipient"), address.recipient},
             {QStringLiteral("building"), address.building},
             {QStringLiteral("extension"), address.extension},
             {QStringLiteral("complement"), address.complement},
         }},
    };
    if (file)
        applicant.insert(QStringLiteral("company_name_edited"), dossier.applicant.companyNameEdited);
    if (dossier.applicant.isLegalRepresentative)
        applicant.insert(QStringLiteral("is_legal_representative"), *dossier.applicant.isLegalRepresentative);
    root.insert(QStringLiteral("applicant"), applicant);

    root.insert(QStringLiteral("representative"), personToJson(dossier.representative));
    if (dossier.isThirdPartyFiling() || (file && !dossier.depositor.isEmpty()))
        root.insert(QStringLiteral("depositor"), personToJson(dossier.depositor));
    if (dossier.thirdPartyRole && (file || dossier.isThirdPartyFiling()))
        root.insert(QStringLiteral("third_party_role"), thirdPartyRoleId(*dossier.thirdPartyRole));

    QJsonObject bank {
        {QStringLiteral("iban"), dossier.bank.iban},
        {QStringLiteral("bic"), dossier.bank.bic},
        {QStringLiteral("holder"), dossier.bank.holder},
    };
    if (file)
        bank.insert(QStringLiteral("domiciliation"), dossier.bank.domiciliation);
    root.insert(QStringLiteral("bank"), bank);

    if (dossier.vatRate)
        root.insert(QStringLiteral("vat_rate"), dossier.vatRate->id());
    root.insert(QStringLiteral("declarations"),
                QJsonObject {
                    {QStringLiteral("terms_of_use"), dossier.declarations.termsOfUse},
                    {QStringLiteral("penal_code_441_7"), dossier.declarations.penalCode4417},
                    {QStringLiteral("information_authentic"), dossier.declarations.informationAuthentic},
                });

    if (file) {
        QJsonObject documents;
        for (auto it = dossier.documents.constBegin(); it != dossier.documents.constEnd(); ++it)
            documents.insert(documentKey(it.key()), it.value());
        root.insert(QStringLiteral("documents"), documents);
    }
    return root;
}

QByteArray DossierJson::toBytes(const Dossier& dossier, Mode mode)
{
    return QJsonDocument(toJson(dossier, mode)).toJson(QJsonDocument::Indented);
}

} // namespace segurdesk::model
