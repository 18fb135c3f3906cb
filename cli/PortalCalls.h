#pragma once

#include "core/portal/CaptchaChallenge.h"
#include "core/portal/EnrollmentReceipt.h"
#include "core/portal/JsonReplyRequest.h"
#include "core/storage/Draft.h"
#include "core/storage/DraftStore.h"

#include <QJsonObject>

namespace segurdesk::cli {

// POST /captchas: a new single-use captcha.
class CaptchaCreation : public portal::JsonReplyRequest<portal::CaptchaChallenge>
{
    Q_OBJECT

public:
    explicit CaptchaCreation(portal::PortalClient& client, QObject* parent = nullptr);
};

// POST /enrollments for a draft: the `dossier` JSON part (the contract's DossierInput with the
// captcha) and one part per document in `documentSlots`, each streamed from the draft's encrypted copy
// (DraftAttachmentDevice), under the Idempotency-Key recorded in the outbox.
class EnrollmentSubmission : public portal::JsonReplyRequest<portal::EnrollmentReceipt>
{
    Q_OBJECT

public:
    EnrollmentSubmission(portal::PortalClient& client, const storage::DraftStore& store, storage::Draft draft,
                         const QJsonObject& dossierInput, QStringList documentSlots, const QString& idempotencyKey,
                         QObject* parent = nullptr);

protected:
    QHttpMultiPart* createMultipart(portal::PortalError& error) override;
    std::optional<portal::PortalError> handleSuccess(const Answer& answer) override;

private:
    const storage::DraftStore& m_store;
    storage::Draft m_draft;
    QByteArray m_dossierPart;
    QStringList m_slots;
};

} // namespace segurdesk::cli
