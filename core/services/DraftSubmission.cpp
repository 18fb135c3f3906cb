#include "core/services/DraftSubmission.h"

#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/EnrollmentSubmission.h"
#include "core/services/DraftAttachmentDevice.h"
#include "core/services/DraftDossier.h"
#include "core/services/ReleaseLater.h"
#include "core/services/Worker.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"

#include <QJsonDocument>

#include <optional>

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

// The receipt of a draft the outbox has acknowledged, and the draft marked so.
SubmissionOutcome alreadySent(storage::DraftStore& drafts, const storage::Outbox& outbox, const QString& draftId)
{
    storage::StorageError error;
    for (const storage::OutboxEntry& entry : outbox.history(draftId, &error)) {
        if (entry.state == storage::OutboxEntry::State::Acknowledged) {
            error = drafts.markSubmitted(draftId, entry.receipt);
            return {SubmissionOutcome::AlreadySent, entry.receipt, error.message()};
        }
    }
    // Acknowledged, yet no receipt on record: the outbox cannot be read as it should.
    return {SubmissionOutcome::Pending,
            {},
            (error ? error : storage::StorageError(storage::StorageError::InvalidState)).message()};
}

// What the first step found: the submission ends at once with `ended`, or goes on with the key
// recorded, the draft frozen, and what to upload.
struct Recorded
{
    std::optional<SubmissionOutcome> ended;
    QString key;
    QJsonObject input;
    QStringList documentSlots;
};

// On a worker: records the submission of `draft` and freezes it.
Recorded record(storage::DraftStore& drafts, const storage::Outbox::Location& at, const storage::Draft& draft)
{
    // Nothing is sent unless each step is on record: a failure leaves the dossier pending.
    const auto pending = [](const storage::StorageError& error) {
        return Recorded {SubmissionOutcome {SubmissionOutcome::Pending, {}, error.message()}, {}, {}, {}};
    };
    storage::Outbox outbox(at);
    if (const storage::StorageError error = outbox.open())
        return pending(error);
    Recorded recorded;
    if (const storage::StorageError error = outbox.record(draft.id(), draft.payloadHash(), recorded.key)) {
        switch (error.code()) {
        case storage::StorageError::AlreadySubmitted:
            return {alreadySent(drafts, outbox, draft.id()), {}, {}, {}};
        case storage::StorageError::UnchangedSinceRefusal:
            return {SubmissionOutcome {SubmissionOutcome::Refused, {}, error.message()}, {}, {}, {}};
        default:
            return pending(error);
        }
    }
    if (const storage::StorageError error = drafts.markSubmitting(draft.id(), recorded.key, draft.payloadHash()))
        return pending(error);
    const DraftDossier content = DraftDossier::fromDraft(draft);
    for (const model::DocumentKind kind : model::DossierValidator::requiredDocuments(content.dossier)) {
        if (draft.attachment(model::documentKey(kind)))
            recorded.documentSlots << model::documentKey(kind);
    }
    recorded.input = model::DossierJson::toJson(content.dossier, model::DossierJson::Mode::PortalInput);
    return recorded;
}

// On a worker: `step` given the outbox at `at`, opened on this thread; an outbox that cannot be
// opened is the step's error.
template<typename Step> storage::StorageError onOutbox(const storage::Outbox::Location& at, Step step)
{
    storage::Outbox outbox(at);
    if (storage::StorageError error = outbox.open())
        return error;
    return step(outbox);
}

// On a worker: the portal's receipt on record, and the draft marked submitted.
SubmissionOutcome acknowledge(storage::DraftStore& drafts, const storage::Outbox::Location& at, const QString& key,
                              const QString& draftId, const storage::SubmissionReceipt& receipt)
{
    if (const storage::StorageError error
        = onOutbox(at, [&](storage::Outbox& outbox) { return outbox.acknowledge(key, receipt); }))
        return {SubmissionOutcome::Pending, receipt, error.message()};
    // On the portal and on record: a draft left unmarked is marked by the next submission.
    return {SubmissionOutcome::Sent, receipt, drafts.markSubmitted(draftId, receipt).message()};
}

// On a worker: the portal's refusal on record, then the draft editable again. Never the other
// way round: an editable draft beside a pending entry would be resent as it was while the user
// corrects it.
storage::StorageError keepRefusal(storage::DraftStore& drafts, const storage::Outbox::Location& at, const QString& key,
                                  const QString& draftId, const QJsonObject& answer)
{
    storage::StorageError error = onOutbox(at, [&](storage::Outbox& outbox) { return outbox.markFailed(key, answer); });
    return error ? error : drafts.reopen(draftId);
}

} // namespace

DraftSubmission::DraftSubmission(const storage::DraftStore& drafts, storage::Outbox::Location outbox,
                                 portal::PortalClient& client, std::shared_ptr<const storage::DataFolderLock> lock,
                                 QObject* parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_outbox(std::move(outbox))
    , m_client(client)
    , m_lock(std::move(lock))
{ }

DraftSubmission::~DraftSubmission() = default;

void DraftSubmission::submit(const storage::Draft& draft)
{
    Q_ASSERT(!isBusy());
    m_draft = draft;
    m_key.clear();
    m_round = 0;
    m_lastRefusal.clear();
    m_step = Step::Storing;
    if (draft.state() == storage::Draft::State::Submitted)
        return finish({SubmissionOutcome::AlreadySent, draft.receipt(), {}});
    // Checked before anything is recorded: a dossier that will not be sent stays as it was.
    if (m_fixedAnswerRefused)
        return finish({SubmissionOutcome::Pending, {}, {}, true});
    runOnWorker(
        this, [drafts = m_drafts, at = m_outbox, draft, lock = m_lock]() mutable { return record(drafts, at, draft); },
        [this](const Recorded& recorded) {
            if (recorded.ended)
                return finish(*recorded.ended);
            m_key = recorded.key;
            m_input = recorded.input;
            m_documents.clear();
            for (const QString& slot : recorded.documentSlots)
                m_documents << draftUploadDocument(m_drafts, m_draft, slot, m_lock);
            requestCaptcha();
        });
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
    m_step = Step::Storing;
    runOnWorker(
        this,
        [at = m_outbox, key = m_key, lock = m_lock] {
            // An upload attempt on record before its first byte leaves.
            return onOutbox(at, [&key](storage::Outbox& outbox) { return outbox.noteAttempt(key); });
        },
        [this, withCaptcha](const storage::StorageError& error) {
            if (error)
                return finish({SubmissionOutcome::Pending, {}, error.message()});
            m_step = Step::Uploading;
            releaseLater(m_upload);
            m_upload
                = std::make_unique<portal::EnrollmentSubmission>(m_client, withCaptcha, m_documents, m_key.toLatin1());
            connect(m_upload.get(), &portal::PortalRequest::finished, this, &DraftSubmission::onUploadFinished);
            connect(m_upload.get(), &portal::PortalRequest::uploadProgress, this, &DraftSubmission::uploadProgress);
            emit uploadStarted();
            m_upload->start();
        });
}

void DraftSubmission::onUploadFinished()
{
    m_step = Step::Storing;
    if (m_upload->succeeded()) {
        const portal::EnrollmentReceipt& value = m_upload->value();
        runOnWorker(
            this,
            [drafts = m_drafts, at = m_outbox, key = m_key, id = m_draft.id(),
             receipt = storage::SubmissionReceipt {value.id, value.number, value.receivedAt},
             lock = m_lock]() mutable { return acknowledge(drafts, at, key, id, receipt); },
            [this](const SubmissionOutcome& outcome) { finish(outcome); });
        return;
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
        // The draft is reopened only once the refusal is on record (keepRefusal).
        runOnWorker(
            this,
            [drafts = m_drafts, at = m_outbox, key = m_key, id = m_draft.id(),
             answer = QJsonDocument::fromJson(error.portalAnswer.toUtf8()).object(),
             lock = m_lock]() mutable { return keepRefusal(drafts, at, key, id, answer); },
            [this, fieldErrors = error.fieldErrors](const storage::StorageError& stored) {
                if (stored)
                    m_lastRefusal += QStringLiteral("; ") + stored.message();
                SubmissionOutcome refused {SubmissionOutcome::Refused, {}, m_lastRefusal};
                refused.fieldErrors = fieldErrors;
                finish(refused);
            });
        return;
    }
    // The request layer has retried what a retry could cure: the next submission resends the same key.
    finish({SubmissionOutcome::Pending, {}, m_lastRefusal});
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
