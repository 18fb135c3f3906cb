#include "cli/PortalCalls.h"

#include "cli/DraftAttachmentDevice.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>

namespace segurdesk::cli {

namespace {

// The portal decides the type from the content; this only labels the part.
QByteArray contentTypeFor(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".pdf")))
        return QByteArrayLiteral("application/pdf");
    if (lower.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        return QByteArrayLiteral("image/jpeg");
    return QByteArrayLiteral("application/octet-stream");
}

// A file name safe inside a quoted Content-Disposition parameter.
QByteArray quotedFileName(const QString& fileName)
{
    QByteArray name = fileName.toUtf8();
    name.replace('"', '_').replace('\r', '_').replace('\n', '_').replace('\\', '_');
    return name;
}

} // namespace

CaptchaCreation::CaptchaCreation(portal::PortalClient& client, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/captchas"), QStringLiteral("/captchas"),
                       parent)
{
    setAuthenticated(false);
    setJsonBody(QJsonObject());
}

EnrollmentSubmission::EnrollmentSubmission(portal::PortalClient& client, const storage::DraftStore& store,
                                           storage::Draft draft, const QJsonObject& dossierInput,
                                           QStringList documentSlots, const QString& idempotencyKey, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/enrollments"),
                       QStringLiteral("/enrollments"), parent)
    , m_store(store)
    , m_draft(std::move(draft))
    , m_dossierPart(QJsonDocument(dossierInput).toJson(QJsonDocument::Compact))
    , m_slots(std::move(documentSlots))
{
    setAuthenticated(false);
    setIdempotencyKey(idempotencyKey.toLatin1());
}

QHttpMultiPart* EnrollmentSubmission::createMultipart(portal::PortalError& error)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart dossier;
    dossier.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    dossier.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"dossier\""));
    dossier.setBody(m_dossierPart);
    multipart->append(dossier);
    for (const QString& slot : m_slots) {
        const storage::DraftAttachment* attachment = m_draft.attachment(slot);
        auto* device = new DraftAttachmentDevice(m_store, m_draft, slot, multipart);
        if (!attachment || !device->open(QIODevice::ReadOnly)) {
            error = portal::PortalError::make(portal::PortalErrorCode::DocumentUnreadable, slot);
            return multipart;
        }
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, contentTypeFor(attachment->fileName));
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"") + slot.toLatin1() + QByteArrayLiteral("\"; filename=\"")
                           + quotedFileName(attachment->fileName) + '"');
        part.setBodyDevice(device);
        multipart->append(part);
    }
    return multipart;
}

std::optional<portal::PortalError> EnrollmentSubmission::handleSuccess(const Answer& answer)
{
    std::optional<portal::PortalError> error = JsonReplyRequest::handleSuccess(answer);
    if (!error)
        mutableValue().replayed = answer.reply.rawHeader("Idempotent-Replayed") == "true";
    return error;
}

} // namespace segurdesk::cli
