#pragma once

#include "core/storage/DraftAttachment.h"
#include "core/storage/SubmissionReceipt.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace segurdesk::storage {

// A local dossier: its JSON (the DossierInput of the portal contract, as far as it is filled),
// its attached files and where it stands. Editing is allowed only in the Editing state; a
// submission freezes it so that a resend after a crash carries exactly the same content.
class Draft
{
public:
    enum class State { Editing, Submitting, Submitted };

    QString id() const { return m_id; }
    State state() const { return m_state; }
    bool isEditable() const { return m_state == State::Editing; }

    QJsonObject dossier() const { return m_dossier; }
    void setDossier(const QJsonObject& dossier) { m_dossier = dossier; }

    // The step of the app's enrollment wizard the user was on (1..5), 0 when unknown.
    int step() const { return m_step; }
    void setStep(int step) { m_step = step; }

    QList<DraftAttachment> attachments() const { return m_attachments; }
    const DraftAttachment* attachment(const QString& slot) const;

    QDateTime createdAt() const { return m_createdAt; }
    QDateTime modifiedAt() const { return m_modifiedAt; }
    // The Idempotency-Key of the submission in progress or done.
    QString idempotencyKey() const { return m_idempotencyKey; }
    SubmissionReceipt receipt() const { return m_receipt; }

    // SHA-256 (hex) of what a submission sends: the dossier JSON and every attachment's slot,
    // name and digest. Equal hashes mean an identical submission; the outbox ties keys to it.
    QString payloadHash() const;

    QByteArray serialize() const;
    // False when the bytes are not a draft document of a known version.
    static bool deserialize(const QByteArray& bytes, Draft& draft, bool* unsupportedVersion = nullptr);

private:
    friend class DraftStore;

    QString m_id;
    State m_state = State::Editing;
    QJsonObject m_dossier;
    int m_step = 0;
    QList<DraftAttachment> m_attachments;
    QDateTime m_createdAt;
    QDateTime m_modifiedAt;
    QString m_idempotencyKey;
    SubmissionReceipt m_receipt;
};

} // namespace segurdesk::storage
