#include "core/services/DraftSubmission.h"

#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/EnrollmentSubmission.h"
#include "core/services/DraftAttachmentDevice.h"
#include "core/services/DraftDossier.h"
#include "core/services/ReleaseLater.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"

#include <QJsonDocument>

namespace segurdesk::services {

namespace {

// Faults that say nothing about the dossier: the same key is sent again.
bool isTransient(const portal::PortalError& error)
{
    using Code = portal::PortalErrorCode;
    switch (error.code) {
    case Code::ConnectionFailed:
    case Code::ConnectionLost:
    case Code::Timeout:
    case Code::IdempotencyInProgress:
    case Code::TooManyRequests:
    case Code::InternalError:
    case Code::ServiceUnavailable:
    case Code::ServerError:
    case Code::MalformedReply:
        return true;
    default:
        return error.httpStatus >= 500;
    }
}

bool isOnlyCaptchaProblem(const portal::PortalError& error)
{
    if (error.code != portal::PortalErrorCode::ValidationFailed || error.fieldErrors.isEmpty())
        return false;
    return std::all_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(), [](const model::FieldError& field) {
        return field.field.startsWith(QLatin1String("captcha")) || field.code.startsWith(QLatin1String("captcha."));
    });
}

} // namespace

DraftSubmission::DraftSubmission(storage::DraftStore& drafts, storage::Outbox& outbox, portal::PortalClient& client,
                                 QObject* parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_outbox(outbox)
    , m_client(client)
{ }

DraftSubmission::~DraftSubmission() = default;

void DraftSubmission::submit(const storage::Draft& draft)
{
    Q_ASSERT(!isBusy());
    m_draft = draft;
    m_key.clear();
    m_round = 0;
    m_lastRefusal.clear();
    m_step = Step::FetchingCaptcha;
    if (draft.state() == storage::Draft::State::Submitted)
        return finish({SubmissionOutcome::AlreadySent, draft.receipt(), {}});
    // Checked before anything is recorded: a dossier that will not be sent stays as it was.
    if (m_fixedAnswerRefused)
        return finish({SubmissionOutcome::Pending, {}, {}, true});
    if (const storage::StorageError error = m_outbox.record(draft.id(), draft.payloadHash(), m_key)) {
        switch (error.code()) {
        case storage::StorageError::AlreadySubmitted:
            return finish(alreadySent());
        case storage::StorageError::UnchangedSinceRefusal:
            return finish({SubmissionOutcome::Refused, {}, error.message()});
        default:
            // Nothing was sent: the local data could not record the submission.
            return finish({SubmissionOutcome::Pending, {}, error.message()});
        }
    }
    if (const storage::StorageError error = m_drafts.markSubmitting(draft.id(), m_key, draft.payloadHash()))
        return finish({SubmissionOutcome::Pending, {}, error.message()});
    const DraftDossier content = DraftDossier::fromDraft(draft);
    m_documents.clear();
    for (const model::DocumentKind kind : model::DossierValidator::requiredDocuments(content.dossier)) {
        if (draft.attachment(model::documentKey(kind)))
            m_documents << draftUploadDocument(m_drafts, draft, model::documentKey(kind));
    }
    m_input = model::DossierJson::toJson(content.dossier, model::DossierJson::Mode::PortalInput);
    requestCaptcha();
}

void DraftSubmission::requestCaptcha()
{
    m_step = Step::FetchingCaptcha;
    releaseLater(m_captcha);
    m_captcha = std::make_unique<portal::CaptchaRequest>(m_client);
    connect(m_captcha.get(), &portal::PortalRequest::finished, this, &DraftSubmission::onCaptchaFinished);
    m_captcha->start();
}

void DraftSubmission::onCaptchaFinished()
{
    if (!m_captcha->succeeded())
        return finish({SubmissionOutcome::Pending, {}, m_captcha->error().message()});
    m_captchaId = m_captcha->value().id;
    const QByteArray png = m_captcha->value().png;
    releaseLater(m_captcha);
    if (!m_fixedAnswer.isEmpty())
        return upload(m_fixedAnswer);
    m_step = Step::AwaitingAnswer;
    emit captchaRequested(png, m_lastRefusal);
}

void DraftSubmission::answerCaptcha(const QString& code)
{
    // An answer to an image this submission no longer waits for changes nothing.
    if (m_step != Step::AwaitingAnswer)
        return;
    if (code.isEmpty())
        return finish({SubmissionOutcome::Pending, {}, tr("No captcha code was given.")});
    upload(code);
}

void DraftSubmission::upload(const QString& answer)
{
    QJsonObject withCaptcha = m_input;
    withCaptcha.insert(QStringLiteral("captcha"),
                       QJsonObject {{QStringLiteral("id"), m_captchaId}, {QStringLiteral("answer"), answer}});
    if (const storage::StorageError error = m_outbox.noteAttempt(m_key))
        return finish({SubmissionOutcome::Pending, {}, error.message()});
    m_step = Step::Uploading;
    releaseLater(m_upload);
    m_upload = std::make_unique<portal::EnrollmentSubmission>(m_client, withCaptcha, m_documents, m_key.toLatin1());
    connect(m_upload.get(), &portal::PortalRequest::finished, this, &DraftSubmission::onUploadFinished);
    connect(m_upload.get(), &portal::PortalRequest::uploadProgress, this, &DraftSubmission::uploadProgress);
    // From the event loop, as every signal of this class: upload() may run inside answerCaptcha().
    QMetaObject::invokeMethod(this, &DraftSubmission::uploadStarted, Qt::QueuedConnection);
    m_upload->start();
}

void DraftSubmission::onUploadFinished()
{
    if (m_upload->succeeded()) {
        const portal::EnrollmentReceipt& value = m_upload->value();
        const storage::SubmissionReceipt receipt {value.id, value.number, value.receivedAt};
        if (const storage::StorageError error = m_outbox.acknowledge(m_key, receipt))
            return finish({SubmissionOutcome::Pending, receipt, error.message()});
        // On the portal and on record: a draft left unmarked is marked by the next submission.
        return finish({SubmissionOutcome::Sent, receipt, m_drafts.markSubmitted(m_draft.id(), receipt).message()});
    }
    const portal::PortalError& error = m_upload->error();
    QStringList problem {error.message()};
    for (const model::FieldError& field : error.fieldErrors)
        problem << QStringLiteral("%1: %2 [%3]").arg(field.field, field.message, field.code);
    if (!error.requestId.isEmpty())
        problem << tr("request id %1").arg(error.requestId);
    m_lastRefusal = problem.join(QStringLiteral("; "));
    if (isOnlyCaptchaProblem(error)) {
        // A fixed code is the same for every image: asking the portal again would upload the
        // whole dossier again for the same refusal. The entry stays pending with its key. Only a
        // refusal of the upload's first attempt says so: a resend of the same body after a lost
        // connection may find its captcha already used, which a new image cures.
        if (!m_fixedAnswer.isEmpty() && m_upload->attempts() == 1) {
            m_fixedAnswerRefused = true;
            return finish({SubmissionOutcome::Pending, {}, m_lastRefusal, true});
        }
        if (++m_round < MaxCaptchaRounds)
            return requestCaptcha();
        return finish({SubmissionOutcome::Pending, {}, m_lastRefusal});
    }
    if (!isTransient(error)) {
        // The draft is reopened only once the refusal is on record: an editable draft beside a
        // pending entry would be resent as it was while the user corrects it.
        const QJsonObject answer = QJsonDocument::fromJson(error.portalAnswer.toUtf8()).object();
        storage::StorageError stored = m_outbox.markFailed(m_key, answer);
        if (!stored)
            stored = m_drafts.reopen(m_draft.id());
        if (stored)
            m_lastRefusal += QStringLiteral("; ") + stored.message();
        SubmissionOutcome refused {SubmissionOutcome::Refused, {}, m_lastRefusal};
        refused.fieldErrors = error.fieldErrors;
        return finish(refused);
    }
    // The request layer has retried what a retry could cure: the next submission resends the same key.
    finish({SubmissionOutcome::Pending, {}, m_lastRefusal});
}

SubmissionOutcome DraftSubmission::alreadySent()
{
    storage::StorageError error;
    for (const storage::OutboxEntry& entry : m_outbox.history(m_draft.id(), &error)) {
        if (entry.state == storage::OutboxEntry::State::Acknowledged) {
            error = m_drafts.markSubmitted(m_draft.id(), entry.receipt);
            return {SubmissionOutcome::AlreadySent, entry.receipt, error.message()};
        }
    }
    // Acknowledged, yet no receipt on record: the outbox cannot be read as it should.
    return {SubmissionOutcome::Pending,
            {},
            (error ? error : storage::StorageError(storage::StorageError::InvalidState)).message()};
}

void DraftSubmission::finish(SubmissionOutcome outcome)
{
    m_step = Step::Finishing;
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(outcome)] {
            releaseLater(m_captcha);
            releaseLater(m_upload);
            m_step = Step::Idle;
            emit finished(outcome);
        },
        Qt::QueuedConnection);
}

} // namespace segurdesk::services
