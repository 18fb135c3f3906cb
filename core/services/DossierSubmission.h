#pragma once

#include "core/services/DraftKeeper.h"
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

// Sends the dossier that `keeper` keeps as a draft (the desktop app's wizard) exactly once:
//  1. the keeper writes the content given, if the draft does not hold it yet;
//  2. the local data is opened (LocalData: the folder's lock, the key, the drafts and the outbox),
//     and held only until the submission ends, so that segurdesk-cli can use it meanwhile;
//  3. the draft is read back and authenticated, off this thread, and DraftSubmission sends it,
//     asking the front end for each captcha's code. A draft whose earlier submission was left
//     pending is resent with its key, never sent twice.
// Asynchronous and used on the thread that owns it, one dossier at a time: finished() always
// follows submit(), from the event loop. `client` and `keeper` must outlive this object.
//
// finished()'s `kept` says whether the dossier is in the local data: always, except when the
// keeper could not write it; the outcome is then Pending and its message says why.
class DossierSubmission : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierSubmission)

public:
    DossierSubmission(portal::PortalClient& client, DraftKeeper& keeper, QObject* parent = nullptr);
    ~DossierSubmission() override;

    // Not while isBusy().
    void submit(const DraftKeeper::Content& content);
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
    using Loaded = std::pair<storage::Draft, storage::StorageError>;

    void open();
    void send(const Loaded& loaded);
    void finish(SubmissionOutcome outcome, bool kept);

    portal::PortalClient& m_client;
    DraftKeeper& m_keeper;
    bool m_busy = false;
    bool m_waitingForKeeper = false;
    // Destroyed in reverse: the sending ends before the local data closes.
    std::unique_ptr<LocalData> m_local;
    std::unique_ptr<DraftSubmission> m_sending;
};

} // namespace segurdesk::services
