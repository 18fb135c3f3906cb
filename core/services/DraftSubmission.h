#pragma once

#include "core/model/FieldError.h"
#include "core/portal/UploadDocument.h"
#include "core/storage/Draft.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/SubmissionReceipt.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace segurdesk::portal {
class CaptchaRequest;
class EnrollmentSubmission;
class PortalClient;
} // namespace segurdesk::portal

namespace segurdesk::storage {
class DataFolderLock;
}

namespace segurdesk::services {

// How the submission of one draft ended.
struct SubmissionOutcome
{
    enum Kind {
        Sent, // received by the portal in this run: `receipt` holds its number
        AlreadySent, // received in an earlier run: `receipt` is the one on record
        Refused, // the portal refused the dossier: the draft is editable again, `message` says why
        Pending, // not sent, or not known to be: the next submission resends it with the same key
    };
    Kind kind = Pending;
    storage::SubmissionReceipt receipt;
    // Why it was refused or left pending; for Sent and AlreadySent, a local data problem met
    // after the portal's receipt (the next run puts it right), else empty.
    QString message;
    // Pending because the portal refused the fixed captcha answer (setFixedCaptchaAnswer): for
    // this draft (`message` then holds the portal's words), or for an earlier one, in which case
    // this draft was left untouched and `message` is empty. The front end says what to do.
    bool fixedAnswerRefused = false;
    // For Refused: what the portal found wrong, field by field, for the front end to show on
    // those fields.
    model::FieldErrors fieldErrors = {};
};

// Sends drafts to the portal exactly once, following the outbox protocol (core/storage/Outbox,
// docs/architecture.md): the Idempotency-Key is recorded and the draft frozen before the first
// byte leaves; every upload attempt is noted; the receipt is recorded and the draft marked
// submitted. A refusal (4xx) reopens the draft once the portal's problem is kept in the outbox.
//
// Retries have one owner each. The request layer (portal::RetryPolicy) resends the same upload
// after lost connections, 5xx, 409 in progress and timeouts, within its attempts and its cap on
// Retry-After. This class adds a round, with a new captcha, only for a refused captcha code, at
// most MaxCaptchaRounds times: one submission uploads a dossier at most MaxCaptchaRounds ×
// RetryPolicy::maxAttempts times. A fault that outlasts the request layer's retries leaves the
// entry pending, to be resent first, with the same key, by the next submission of the draft.
//
// Each round asks the portal for a captcha. With a fixed answer (setFixedCaptchaAnswer, for
// scripts) that answer is sent; otherwise captchaRequested() carries the image and the round
// waits for answerCaptcha().
//
// Asynchronous and used on the thread that owns it, one draft at a time: submit() returns at
// once and finished() follows, always from the event loop, so that a slot connected to it may
// submit the next draft. The client is the caller's and must outlive this object. The outbox
// and the drafts are written by jobs on workers, each with its own connection to the outbox (a
// Qt SQL connection belongs to its thread) and holding `lock` (LocalData::lockHold()) until it
// ends: no fsync and no decryption waits on the owner's thread, the desktop app's GUI thread. A
// job under way when this object is destroyed ends its write; its result is dropped.
class DraftSubmission : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftSubmission)

public:
    DraftSubmission(const storage::DraftStore& drafts, storage::Outbox::Location outbox, portal::PortalClient& client,
                    std::shared_ptr<const storage::DataFolderLock> lock, QObject* parent = nullptr);
    ~DraftSubmission() override;

    // The code sent with every captcha. Once the portal refuses it, that submission ends pending
    // and every later one ends at once, pending and untouched: the same code would be refused
    // again, after uploading the whole dossier for nothing.
    void setFixedCaptchaAnswer(const QString& code) { m_fixedAnswer = code; }

    // Records and sends (or resumes) `draft`. Not while isBusy().
    void submit(const storage::Draft& draft);
    // The code of the image of the last captchaRequested(). Empty: the user gave up, and the
    // submission ends pending.
    void answerCaptcha(const QString& code);

    bool isBusy() const { return m_step != Step::Idle; }

    // Captchas one dossier may be given in one submission: the user may mistype a code or two.
    static constexpr int MaxCaptchaRounds = 3;

signals:
    // `previousRefusal`: why the portal refused the last code, empty for the first image.
    void captchaRequested(const QByteArray& png, const QString& previousRefusal);
    // An upload of the dossier (one round) begins; uploadProgress() follows its bytes.
    void uploadStarted();
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const segurdesk::services::SubmissionOutcome& outcome);

private:
    enum class Step { Idle, Storing, FetchingCaptcha, AwaitingAnswer, Uploading, Finishing };

    void requestCaptcha();
    void onCaptchaFinished();
    void upload(const QString& answer);
    void onUploadFinished();
    void finish(SubmissionOutcome outcome);

    const storage::DraftStore m_drafts;
    const storage::Outbox::Location m_outbox;
    portal::PortalClient& m_client;
    const std::shared_ptr<const storage::DataFolderLock> m_lock;
    QString m_fixedAnswer;
    bool m_fixedAnswerRefused = false;

    Step m_step = Step::Idle;
    storage::Draft m_draft;
    QString m_key;
    QJsonObject m_input;
    QList<portal::UploadDocument> m_documents;
    int m_round = 0;
    QString m_captchaId;
    QString m_lastRefusal;
    std::unique_ptr<portal::CaptchaRequest> m_captcha;
    std::unique_ptr<portal::EnrollmentSubmission> m_upload;
};

} // namespace segurdesk::services
