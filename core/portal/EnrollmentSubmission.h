#pragma once

#include "core/portal/EnrollmentReceipt.h"
#include "core/portal/JsonReplyRequest.h"
#include "core/portal/MultipartLayout.h"
#include "core/portal/UploadDocument.h"

#include <QJsonObject>
#include <QList>

namespace segurdesk::portal {

// POST /enrollments: the dossier (the contract's DossierInput, captcha included) as the JSON
// part "dossier" and one streamed part per document. `idempotencyKey` is the key made when the
// user clicked "Terminer" and kept with the draft: a resend after a fault, a crash or a restart
// uses the same key and gets the first answer back (value().replayed), so a dossier is never
// filed twice. Progress is reported per document and overall; cancel() aborts and nothing is
// retried. Field errors come back at the model's paths ("bank.iban", "documents.rib").
class EnrollmentSubmission final : public JsonReplyRequest<EnrollmentReceipt>
{
    Q_OBJECT

public:
    EnrollmentSubmission(PortalClient& client, const QJsonObject& dossier, QList<UploadDocument> documents,
                         const QByteArray& idempotencyKey, QObject* parent = nullptr);

    const QList<UploadDocument>& documents() const { return m_documents; }

signals:
    // `index` is the position in documents(); emitted when its sent byte count changes.
    void documentProgress(int index, qint64 bytesSent, qint64 bytesTotal);

protected:
    std::unique_ptr<MultipartBody> createMultipart(PortalError& error) override;
    void handleUploadProgress(qint64 bytesSent, qint64 bytesTotal) override;
    std::optional<PortalError> handleSuccess(const Answer& answer) override;

private:
    QByteArray m_dossierJson;
    QList<UploadDocument> m_documents;
    MultipartLayout m_layout;
    QList<qint64> m_reported;
};

} // namespace segurdesk::portal
