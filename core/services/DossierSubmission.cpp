#include "core/services/DossierSubmission.h"

#include "core/services/LocalData.h"
#include "core/services/Worker.h"

namespace segurdesk::services {

DossierSubmission::DossierSubmission(portal::PortalClient& client, DraftKeeper& keeper, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keeper(keeper)
{
    // The submission goes on once the keeper has written the newest content: a save asked by
    // someone else meanwhile is waited for too.
    connect(&m_keeper, &DraftKeeper::saved, this, [this] {
        if (m_waitingForKeeper && !m_keeper.isSaving()) {
            m_waitingForKeeper = false;
            open();
        }
    });
    connect(&m_keeper, &DraftKeeper::saveFailed, this, [this](const QString& message) {
        if (m_waitingForKeeper && !m_keeper.isSaving()) {
            m_waitingForKeeper = false;
            finish({SubmissionOutcome::Pending, {}, message}, false);
        }
    });
}

DossierSubmission::~DossierSubmission() = default;

void DossierSubmission::submit(const DraftKeeper::Content& content)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_waitingForKeeper = true;
    m_keeper.save(content);
}

void DossierSubmission::answerCaptcha(const QString& code)
{
    if (m_sending)
        m_sending->answerCaptcha(code);
}

void DossierSubmission::open()
{
    m_local = std::make_unique<LocalData>(LocalData::Stores::OnWorkers);
    connect(m_local.get(), &LocalData::waiting, this, &DossierSubmission::waiting);
    connect(m_local.get(), &LocalData::opened, this, [this] {
        // The job reads its own copy of the draft store and keeps the folder locked while it
        // does, should this object be destroyed meanwhile (the application quitting).
        runOnWorker(
            this,
            [drafts = m_local->drafts(), lock = m_local->lockHold(), id = m_keeper.draftId()] {
                Loaded loaded;
                loaded.second = drafts.load(id, loaded.first);
                return loaded;
            },
            [this](const Loaded& loaded) { send(loaded); });
    });
    connect(m_local.get(), &LocalData::failed, this, [this](LocalData::Failure, const QString& message) {
        finish({SubmissionOutcome::Pending, {}, message}, true);
    });
    m_local->open(LocalData::Drafts | LocalData::Outbox);
}

void DossierSubmission::send(const Loaded& loaded)
{
    if (loaded.second.isError())
        return finish({SubmissionOutcome::Pending, {}, loaded.second.message()}, true);
    m_sending = std::make_unique<DraftSubmission>(m_local->drafts(), m_local->outboxLocation(), m_client,
                                                  m_local->lockHold());
    connect(m_sending.get(), &DraftSubmission::captchaRequested, this, &DossierSubmission::captchaRequested);
    connect(m_sending.get(), &DraftSubmission::uploadProgress, this, &DossierSubmission::uploadProgress);
    connect(m_sending.get(), &DraftSubmission::finished, this,
            [this](const SubmissionOutcome& outcome) { finish(outcome, true); });
    m_sending->submit(loaded.first);
}

void DossierSubmission::finish(SubmissionOutcome outcome, bool kept)
{
    // From the event loop: the local data's or the sending's signal is still being delivered.
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(outcome), kept] {
            m_sending.reset();
            m_local.reset();
            m_busy = false;
            emit finished(outcome, kept);
        },
        Qt::QueuedConnection);
}

} // namespace segurdesk::services
