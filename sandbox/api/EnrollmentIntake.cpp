#include "sandbox/api/EnrollmentIntake.h"

#include "core/files/DataSize.h"
#include "core/files/FileInspector.h"
#include "core/model/DocumentKind.h"
#include "core/model/DossierRules.h"
#include "sandbox/api/PublicRoutes.h"
#include "sandbox/services/SecureTokens.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace segurdesk::sandbox {

namespace {

const QString kAnonymousScope = QStringLiteral("anonymous");

QByteArray mimeOf(files::FileType type)
{
    switch (type) {
    case files::FileType::Pdf:
        return QByteArrayLiteral("application/pdf");
    case files::FileType::Jpeg:
        return QByteArrayLiteral("image/jpeg");
    case files::FileType::Png:
        return QByteArrayLiteral("image/png");
    default:
        return QByteArrayLiteral("application/octet-stream");
    }
}

HttpResponse replay(const IdempotencyStore::Stored& stored)
{
    HttpResponse response = HttpResponse::bytes(stored.status, QByteArrayLiteral("application/json"), stored.body);
    if (!stored.location.isEmpty())
        response.withHeader(QByteArrayLiteral("Location"), stored.location.toUtf8());
    response.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return response;
}

} // namespace

EnrollmentIntake::EnrollmentIntake(SandboxServices& services)
    : m_services(services)
{ }

QString EnrollmentIntake::fingerprint(const QJsonObject& dossier, const Digests& digests)
{
    QJsonObject withoutCaptcha = dossier;
    withoutCaptcha.remove(QStringLiteral("captcha"));
    QByteArray material = QJsonDocument(withoutCaptcha).toJson(QJsonDocument::Compact);
    QStringList names = digests.keys();
    names.sort();
    for (const QString& name : names)
        material += QString(name + QLatin1Char(':') + digests.value(name)).toUtf8();
    return SecureTokens::sha256Hex(material);
}

std::optional<Problem> EnrollmentIntake::checkFiles(const QList<MultipartPart>& parts,
                                                    QHash<QString, files::FileInspection>* inspections) const
{
    const qint64 maxBytes = m_services.config.maxUploadBytes();
    Problem tooLarge(413, QStringLiteral("payload-too-large"));
    Problem wrongType(415, QStringLiteral("unsupported-media-type"));
    for (const MultipartPart& part : parts) {
        if (part.data.isEmpty() || !model::documentKindFromKey(part.name))
            continue;
        const QString field = QStringLiteral("documents.") + part.name;
        if (part.data.size() > maxBytes) {
            tooLarge.addError(field, QStringLiteral("file.too_large"),
                              tr("This file weighs %1: the limit is %2 per file.")
                                  .arg(files::DataSize::ofFile(part.data.size()), files::DataSize::ofLimit(maxBytes)));
            continue;
        }
        // Type by content, then integrity (PDF opens and has pages, image decodes), with the client's
        // own inspector, in memory; the dossier validator turns an integrity refusal into the
        // document's field error.
        files::InspectionLimits limits;
        limits.maxBytes = maxBytes;
        const files::FileInspection inspection = files::FileInspector(limits).inspectContent(part.data, part.filename);
        if (inspection.verdict == files::FileVerdict::TypeNotAllowed) {
            wrongType.addError(field, QStringLiteral("file.type_not_allowed"),
                               tr("This file is a %1: only PDF, JPEG and PNG files are accepted.")
                                   .arg(files::fileTypeDisplayName(inspection.type)));
            continue;
        }
        inspections->insert(part.name, inspection);
    }
    if (!tooLarge.errors().isEmpty())
        return tooLarge;
    if (!wrongType.errors().isEmpty())
        return wrongType;
    return std::nullopt;
}

HttpResponse EnrollmentIntake::handle(RequestContext& context)
{
    const SandboxConfig& config = m_services.config;
    const HttpRequest& request = context.request;
    const QDateTime now = m_services.clock.now();
    if (now < config.callOpensAt() || now >= config.callClosesAt()) {
        const QLocale french(QLocale::French, QLocale::France);
        return context.fail(
            Problem(403, QStringLiteral("call-closed"),
                    now < config.callOpensAt()
                        ? tr("The call opens on %1.").arg(french.toString(config.callOpensAt(), QLocale::LongFormat))
                        : tr("The call closed on %1: no new dossier can be filed.")
                              .arg(french.toString(config.callClosesAt(), QLocale::LongFormat))));
    }
    const QByteArray key = request.header("Idempotency-Key");
    if (!IdempotencyStore::isValidKey(key)) {
        return context.fail(Problem(400, QStringLiteral("idempotency-key-missing"),
                                    tr("Send an Idempotency-Key header (a UUID kept with the draft).")));
    }
    if (request.body.size() > config.maxRequestBytes()) {
        return context.fail(
            Problem(413, QStringLiteral("payload-too-large"),
                    tr("The request exceeds %1.").arg(files::DataSize::ofLimit(config.maxRequestBytes()))));
    }
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        return context.fail(
            Problem(415, QStringLiteral("unsupported-media-type"), tr("Send the dossier as multipart/form-data.")));
    }
    const MultipartParser::Result multipart = MultipartParser::parse(contentType, request.body);
    if (!multipart.ok) {
        return context.fail(Problem(400, QStringLiteral("malformed-request"),
                                    tr("The multipart body cannot be read (%1).").arg(multipart.error)));
    }
    const auto dossierPart
        = std::find_if(multipart.parts.cbegin(), multipart.parts.cend(),
                       [](const MultipartPart& part) { return part.name == QLatin1String("dossier"); });
    if (dossierPart == multipart.parts.cend()) {
        return context.fail(Problem(400, QStringLiteral("malformed-request"), tr("The part \"dossier\" is missing.")));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(dossierPart->data, &parseError);
    if (!document.isObject()) {
        return context.fail(Problem(400, QStringLiteral("malformed-request"),
                                    tr("The part \"dossier\" is not a JSON object: %1").arg(parseError.errorString())));
    }
    const QJsonObject dossier = document.object();

    // The fingerprint needs every part's SHA-256. A replay computes them here; a first
    // submission takes them from the file inspections below, which hash every file anyway.
    const auto digestsOf = [&multipart](const QHash<QString, files::FileInspection>& inspections) {
        Digests digests;
        for (const MultipartPart& part : multipart.parts) {
            if (part.name == QLatin1String("dossier"))
                continue;
            const auto inspection = inspections.constFind(part.name);
            digests.insert(part.name,
                           inspection != inspections.cend() && !inspection->sha256Hex.isEmpty()
                               ? QString::fromLatin1(inspection->sha256Hex)
                               : SecureTokens::sha256Hex(part.data));
        }
        return digests;
    };
    if (const auto stored = m_services.idempotency->find(kAnonymousScope, QString::fromLatin1(key))) {
        if (stored->fingerprint == fingerprint(dossier, digestsOf({})))
            return replay(*stored);
        return context.fail(Problem(422, QStringLiteral("idempotency-key-reused"),
                                    tr("This Idempotency-Key was already used for a different dossier.")));
    }

    QHash<QString, files::FileInspection> inspections;
    if (const auto fileProblem = checkFiles(multipart.parts, &inspections))
        return context.fail(*fileProblem);
    QList<FieldError> errors;
    for (const MultipartPart& part : multipart.parts) {
        if (part.name != QLatin1String("dossier") && !model::documentKindFromKey(part.name)) {
            errors.append({QStringLiteral("documents.") + part.name, QStringLiteral("document.unknown"),
                           tr("This document is not part of an enrollment.")});
        }
    }
    const QJsonObject captcha = dossier.value(QLatin1String("captcha")).toObject();
    const CaptchaService::Verdict verdict = m_services.captchas->verify(
        captcha.value(QLatin1String("id")).toString(), captcha.value(QLatin1String("answer")).toString());
    if (verdict != CaptchaService::Verdict::Ok) {
        errors.append({QStringLiteral("captcha.answer"),
                       verdict == CaptchaService::Verdict::Expired ? QStringLiteral("captcha.expired")
                                                                   : QStringLiteral("captcha.invalid"),
                       tr("The captcha code is wrong, expired or already used: type the code of a new image.")});
    }
    const Digests digests = digestsOf(inspections);
    const QString print = fingerprint(dossier, digests);
    const DossierValidator validator(m_services.fixtures,
                                     model::DossierRules::fromConfig(PublicRoutes::configJson(m_services)));
    const DossierValidator::Result result = validator.validate(dossier, inspections);
    errors.append(result.errors);
    if (!errors.isEmpty())
        return context.fail(Problem(422, QStringLiteral("validation-failed")).addErrors(errors));

    HttpResponse response;
    if (!store(QString::fromLatin1(key), print, result, multipart.parts, inspections, digests, &response))
        return context.fail(Problem(500, QStringLiteral("internal-error")).setRetryAfter(1));
    return response;
}

bool EnrollmentIntake::store(const QString& key, const QString& print, const DossierValidator::Result& dossier,
                             const QList<MultipartPart>& parts,
                             const QHash<QString, files::FileInspection>& inspections, const Digests& digests,
                             HttpResponse* response)
{
    SandboxDatabase& db = m_services.db;
    const QDateTime now = m_services.clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDateTime decideAt = m_services.instruction->decisionTime(now);
    if (!db.transaction())
        return false;
    const auto fail = [&db] {
        db.rollback();
        return false;
    };
    QSqlQuery& insert = db.run(
        QStringLiteral("INSERT INTO enrollments (status, received_at, updated_at, decide_at, planned_decision, siret,"
                       " company_name, trade_name, referencing_number, role, vat_rate, domiciliation, contact_email,"
                       " contact_name, dossier_json) VALUES ('submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nowMs, nowMs, decideAt.toMSecsSinceEpoch(), m_services.instruction->plannedDecision(dossier.siret),
         dossier.siret, dossier.dossier.applicant.companyName.trimmed(), dossier.dossier.applicant.tradeName.trimmed(),
         dossier.dossier.referencing.number.trimmed().toUpper(), dossier.role,
         dossier.dossier.vatRate ? dossier.dossier.vatRate->id() : QString(), dossier.domiciliation,
         dossier.contactEmail, dossier.contactName,
         QString::fromUtf8(QJsonDocument(dossier.stored).toJson(QJsonDocument::Compact))});
    if (!insert.isActive())
        return fail();
    const qint64 id = insert.lastInsertId().toLongLong();
    const QString number = QStringLiteral("ENR-%1-%2").arg(now.date().year()).arg(id, 6, 10, QLatin1Char('0'));
    if (!db.run(QStringLiteral("UPDATE enrollments SET number = ? WHERE id = ?"), {number, id}).isActive()
        || !db.run(QStringLiteral("INSERT INTO status_history (enrollment_id, status, at) VALUES (?, 'submitted', ?)"),
                   {id, nowMs})
                .isActive())
        return fail();
    for (const MultipartPart& part : parts) {
        if (!dossier.requiredDocuments.contains(part.name) || part.data.isEmpty())
            continue;
        const files::FileType type = inspections.value(part.name).type;
        const QString filename = part.filename.isEmpty() ? part.name : QFileInfo(part.filename).fileName();
        if (!db.run(QStringLiteral("INSERT INTO documents (enrollment_id, kind, filename, content_type, size, sha256,"
                                   " created_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, part.name, filename.left(200), QString::fromLatin1(mimeOf(type)), part.data.size(),
                     digests.value(part.name), nowMs, part.data})
                 .isActive())
            return fail();
    }
    if (!m_services.instruction->sendAcknowledgement(id))
        return fail();
    const QString location = QStringLiteral("/api/v1/enrollments/%1").arg(id);
    *response = HttpResponse::json(201,
                                   QJsonObject {{QStringLiteral("id"), QString::number(id)},
                                                {QStringLiteral("number"), number},
                                                {QStringLiteral("status"), QStringLiteral("submitted")},
                                                {QStringLiteral("received_at"), now.toString(Qt::ISODate)}});
    response->withHeader(QByteArrayLiteral("Location"), location.toUtf8());
    if (!m_services.idempotency->store(kAnonymousScope, key, {print, 201, response->body, location}, now))
        return fail();
    if (!db.commit())
        return fail();
    m_services.instruction->noteScheduled(decideAt);
    return true;
}

} // namespace segurdesk::sandbox
