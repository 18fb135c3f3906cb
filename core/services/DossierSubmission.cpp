#include "core/services/DossierSubmission.h"

#include "core/model/DossierFile.h"
#include "core/services/DossierImporter.h"
#include "core/services/LocalData.h"
#include "core/services/Worker.h"

namespace segurdesk::services {

DossierSubmission::DossierSubmission(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

DossierSubmission::~DossierSubmission() = default;

void DossierSubmission::submit(const model::Dossier& dossier, const model::AttachmentSet& attachments)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_local = std::make_unique<LocalData>();
    connect(m_local.get(), &LocalData::waiting, this, &DossierSubmission::waiting);
    connect(m_local.get(), &LocalData::opened, this,
            [this, dossier, attachments] { importDraft(dossier, attachments); });
    connect(m_local.get(), &LocalData::failed, this, [this](LocalData::Failure, const QString& message) {
        finish({SubmissionOutcome::Pending, {}, message}, false);
    });
    m_local->open(LocalData::Drafts | LocalData::Outbox);
}

void DossierSubmission::answerCaptcha(const QString& code)
{
    if (m_sending)
        m_sending->answerCaptcha(code);
}

void DossierSubmission::importDraft(const model::Dossier& dossier, const model::AttachmentSet& attachments)
{
    // The job works on its own copy of the draft store and keeps the folder locked while it
    // writes, should this object be destroyed meanwhile (the application quitting).
    const model::DossierFile::Loaded loaded {dossier, attachments, {}};
    runOnWorker(
        this,
        [drafts = m_local->drafts(), lock = m_local->lockHold(), loaded]() mutable {
            Imported imported;
            imported.second = DossierImporter(drafts).import(loaded, imported.first);
            return imported;
        },
        [this](const Imported& imported) { send(imported); });
}

void DossierSubmission::send(const Imported& imported)
{
    if (imported.second.isError())
        return finish({SubmissionOutcome::Pending, {}, imported.second.message()}, false);
    m_sending = std::make_unique<DraftSubmission>(m_local->drafts(), m_local->outbox(), m_client);
    connect(m_sending.get(), &DraftSubmission::captchaRequested, this, &DossierSubmission::captchaRequested);
    connect(m_sending.get(), &DraftSubmission::uploadProgress, this, &DossierSubmission::uploadProgress);
    connect(m_sending.get(), &DraftSubmission::finished, this,
            [this](const SubmissionOutcome& outcome) { finish(outcome, true); });
    m_sending->submit(imported.first);
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
