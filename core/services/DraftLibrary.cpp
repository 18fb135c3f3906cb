#include "core/services/DraftLibrary.h"

#include "core/model/DossierJson.h"
#include "core/services/DraftsJob.h"

namespace segurdesk::services {

namespace {

DraftSummary summarize(const storage::DraftListEntry& entry)
{
    DraftSummary summary;
    summary.id = entry.id;
    if (entry.error) {
        summary.problem = entry.error.message();
        return summary;
    }
    const storage::Draft& draft = entry.draft;
    const model::Dossier dossier
        = model::DossierJson::fromJson(draft.dossier(), model::DossierJson::Mode::File).dossier;
    summary.state = draft.state();
    summary.step = draft.step();
    summary.modifiedAt = draft.modifiedAt();
    summary.siret = dossier.applicant.siret;
    summary.companyName = dossier.applicant.companyName;
    summary.receiptNumber = draft.receipt().number;
    return summary;
}

} // namespace

DraftLibrary::DraftLibrary(QObject* parent)
    : QObject(parent)
{ }

DraftLibrary::~DraftLibrary() = default;

void DraftLibrary::refresh()
{
    run([](storage::DraftStore&, QString&) { return storage::StorageError(); });
}

void DraftLibrary::remove(const QString& id)
{
    run([id](storage::DraftStore& drafts, QString& about) {
        about = id;
        return drafts.remove(id);
    });
}

void DraftLibrary::duplicate(const QString& id)
{
    run([id](storage::DraftStore& drafts, QString& about) {
        storage::Draft copy;
        storage::StorageError error = drafts.duplicate(id, copy);
        about = copy.id();
        return error;
    });
}

void DraftLibrary::run(Change change)
{
    Q_ASSERT(!isBusy());
    m_busy = true;
    const auto finish = [this](const Result& result) {
        m_busy = false;
        if (result.passphraseNeeded)
            emit passphraseNeeded(*result.passphraseNeeded);
        else if (!result.failure.isEmpty())
            emit failed(result.failure);
        else if (!result.id.isEmpty())
            emit done(result.id);
        if (result.listed)
            emit listed(result.drafts);
    };
    runOnDrafts(
        this,
        [change = std::move(change)](storage::DraftStore& drafts) {
            Result result;
            if (const storage::StorageError error = change(drafts, result.id))
                result.failure = error.message();
            result.listed = true;
            for (const storage::DraftListEntry& entry : drafts.list())
                result.drafts.append(summarize(entry));
            return result;
        },
        finish,
        [finish](LocalData::Failure failure, const QString& message) {
            Result result {{}, message, {}, false, {}};
            result.passphraseNeeded = LocalData::passphraseToAsk(failure);
            finish(result);
        });
}

} // namespace segurdesk::services
