#include "core/portal/EnrollmentSubmission.h"

#include "core/portal/MultipartBody.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

namespace segurdesk::portal {

namespace {

QByteArray quotedValue(const QString& text)
{
    QByteArray value = text.toUtf8();
    for (char& c : value) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n')
            c = '_';
    }
    return value;
}

} // namespace

EnrollmentSubmission::EnrollmentSubmission(PortalClient& client, const QJsonObject& dossier,
                                           QList<UploadDocument> documents, const QByteArray& idempotencyKey,
                                           QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("POST"), QStringLiteral("/enrollments"),
                       QStringLiteral("/enrollments"), parent)
    , m_dossierJson(QJsonDocument(dossier).toJson(QJsonDocument::Compact))
    , m_documents(std::move(documents))
{
    // Anonymous: the contract files enrollments without an account.
    setAuthenticated(false);
    setIdempotencyKey(idempotencyKey);
    QHash<QString, QString> aliases;
    for (const UploadDocument& document : m_documents)
        aliases.insert(document.part, QStringLiteral("documents.") + document.part);
    setFieldAliases(aliases);
}

std::unique_ptr<MultipartBody> EnrollmentSubmission::createMultipart(PortalError& error)
{
    auto body = std::make_unique<MultipartBody>("segurdesk-" + QUuid::createUuid().toByteArray(QUuid::Id128));
    m_reported = QList<qint64>(m_documents.size(), -1);
    body->addPart({{QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("form-data; name=\"dossier\"")},
                   {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                  m_dossierJson);

    for (const UploadDocument& document : m_documents) {
        std::unique_ptr<QIODevice> device = document.open ? document.open() : nullptr;
        if (!device || !device->isReadable() || device->isSequential()) {
            // The part name only: a path or file name could name a person.
            error = PortalError::make(PortalErrorCode::DocumentUnreadable,
                                      QStringLiteral("document part %1 cannot be opened").arg(document.part));
            return nullptr;
        }
        body->addPart(
            {{QByteArrayLiteral("Content-Disposition"),
              "form-data; name=\"" + quotedValue(document.part) + "\"; filename=\"" + quotedValue(document.fileName)
                  + '"'},
             {QByteArrayLiteral("Content-Type"),
              document.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : document.contentType}},
            std::move(device));
    }
    m_layout = body->layout();
    return body;
}

void EnrollmentSubmission::handleUploadProgress(qint64 bytesSent, qint64)
{
    for (int i = 0; i < m_documents.size(); ++i) {
        // Part 0 is the JSON dossier; documents follow in order.
        const qint64 sent = m_layout.bodyBytesSent(i + 1, bytesSent);
        if (sent != m_reported.at(i)) {
            m_reported[i] = sent;
            emit documentProgress(i, sent, m_layout.bodySize(i + 1));
        }
    }
}

std::optional<PortalError> EnrollmentSubmission::handleSuccess(const Answer& answer)
{
    if (std::optional<PortalError> failure = JsonReplyRequest::handleSuccess(answer))
        return failure;
    mutableValue().replayed = answer.reply.rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
    return std::nullopt;
}

} // namespace segurdesk::portal
