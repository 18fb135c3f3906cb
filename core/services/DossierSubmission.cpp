#include "core/services/DossierSubmission.h"

#include "core/model/DossierFile.h"
#include "core/services/DossierImporter.h"
#include "core/services/LocalData.h"
#include "core/services/ReleaseLater.h"
#include "core/services/Worker.h"

namespace segurdesk::services {

DossierSubmission::DossierSubmission(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_import, &QFutureWatcherBase::finished, this, [this] { send(m_import.result()); });
}

DossierSubmission::~DossierSubmission()
{
    // The import writes into the drafts m_local holds, under its lock; it lasts as long as
    // encrypting the documents, and only an application quitting mid-submission meets it here.
    m_import.waitForFinished();
}

void DossierSubmission::submit(const model::Dossier& dossier, const model::AttachmentSet& attachments)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_dossier = dossier;
    m_attachments = attachments;
    m_local = std::make_unique<LocalData>();
    connect(m_local.get(), &LocalData::waiting, this, &DossierSubmission::waiting);
    connect(m_local.get(), &LocalData::opened, this, &DossierSubmission::importDraft);
    connect(m_local.get(), &LocalData::failed, this, [this](LocalData::Failure, const QString& message) {
        finish({SubmissionOutcome::Pending, {}, message});
    });
    m_local->open(LocalData::Drafts | LocalData::Outbox);
}

void DossierSubmission::answerCaptcha(const QString& code)
{
    if (m_sending)
        m_sending->answerCaptcha(code);
}

void DossierSubmission::importDraft()
{
    const model::DossierFile::Loaded loaded {m_dossier, m_attachments, {}};
    m_import.setFuture(runOnWorker([drafts = &m_local->drafts(), loaded] {
        Imported imported;
        imported.second = DossierImporter(*drafts).import(loaded, imported.first);
        return imported;
    }));
}

void DossierSubmission::send(const Imported& imported)
{
    if (imported.second.isError())
        return finish({SubmissionOutcome::Pending, {}, imported.second.message()});
    m_sending = std::make_unique<DraftSubmission>(m_local->drafts(), m_local->outbox(), m_client);
    connect(m_sending.get(), &DraftSubmission::captchaRequested, this, &DossierSubmission::captchaRequested);
    connect(m_sending.get(), &DraftSubmission::uploadProgress, this, &DossierSubmission::uploadProgress);
    connect(m_sending.get(), &DraftSubmission::finished, this, &DossierSubmission::finish);
    m_sending->submit(imported.first);
}

void DossierSubmission::finish(SubmissionOutcome outcome)
{
    // From the event loop: the local data's or the sending's signal is still being delivered.
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(outcome)] {
            m_sending.reset();
            m_local.reset();
            m_busy = false;
            emit finished(outcome);
        },
        Qt::QueuedConnection);
}

} // namespace segurdesk::services
