#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/services/DraftSubmission.h"
#include "core/storage/Draft.h"
#include "core/storage/StorageError.h"

#include <QObject>

#include <memory>

namespace segurdesk::portal {
class PortalClient;
}

namespace segurdesk::services {

class LocalData;

// Sends a dossier held in memory (the desktop app's wizard) exactly once:
//  1. the local data is opened (LocalData: the folder's lock, the key, the drafts and the outbox),
//     and held only until the submission ends, so that segurdesk-cli can use it meanwhile;
//  2. the dossier and its documents become an encrypted draft, off this thread
//     (DossierImporter: the same content finds the draft made before, so submitting again after
//     a crash or a lost answer resumes that draft, with its key, and never sends it twice);
//  3. DraftSubmission sends it, asking the front end for each captcha's code.
// Asynchronous and used on the thread that owns it, one dossier at a time: finished() always
// follows submit(), from the event loop. `client` must outlive this object.
//
// finished()'s `kept` says whether the dossier is in the local data: always, except when the
// local data could not be opened or the draft could not be written; the outcome is then Pending,
// its message says why, and nothing is stored.
class DossierSubmission : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierSubmission)

public:
    explicit DossierSubmission(portal::PortalClient& client, QObject* parent = nullptr);
    ~DossierSubmission() override;

    // Not while isBusy().
    void submit(const model::Dossier& dossier, const model::AttachmentSet& attachments);
    // As DraftSubmission::answerCaptcha: empty gives up, and the submission ends pending.
    void answerCaptcha(const QString& code);

    bool isBusy() const { return m_busy; }

signals:
    // Another process holds the local data: the submission waits for it.
    void waiting(const QString& holder);
    void captchaRequested(const QByteArray& png, const QString& previousRefusal);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const segurdesk::services::SubmissionOutcome& outcome, bool kept);

private:
    using Imported = std::pair<storage::Draft, storage::StorageError>;

    void importDraft(const model::Dossier& dossier, const model::AttachmentSet& attachments);
    void send(const Imported& imported);
    void finish(SubmissionOutcome outcome, bool kept);

    portal::PortalClient& m_client;
    bool m_busy = false;
    // Destroyed in reverse: the sending ends before the local data closes.
    std::unique_ptr<LocalData> m_local;
    std::unique_ptr<DraftSubmission> m_sending;
};

} // namespace segurdesk::services
