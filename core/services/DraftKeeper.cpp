#include "core/services/DraftKeeper.h"

#include "core/crypto/SecretKey.h"
#include "core/services/AttachmentCheck.h"
#include "core/services/DraftsJob.h"

#include <QBuffer>

#include <limits>

namespace segurdesk::services {

namespace {

struct Opened
{
    DraftKeeper::Loaded draft;
    storage::StorageError error;
};

Opened openDraft(const storage::DraftStore& drafts, const QString& id, QSize thumbnailSize)
{
    Opened opened;
    storage::Draft draft;
    if ((opened.error = drafts.load(id, draft)))
        return opened;
    opened.draft.content = DraftDossier::fromDraft(draft);
    opened.draft.step = draft.step();
    opened.draft.state = draft.state();
    opened.draft.modifiedAt = draft.modifiedAt();
    // The size rule is the validator's, against the portal's limit of the day: the inspection
    // only finds out again what the document is.
    files::InspectionLimits limits;
    limits.maxBytes = std::numeric_limits<qint64>::max();
    for (const model::DocumentKind kind : opened.draft.content.attachments.kinds()) {
        const model::Attachment* held = opened.draft.content.attachments.find(kind);
        QByteArray plaintext;
        QBuffer buffer(&plaintext);
        buffer.open(QIODevice::WriteOnly);
        if ((opened.error = drafts.readAttachment(draft, model::documentKey(kind), buffer)))
            return opened;
        const CheckedDocument checked = checkDocumentContent(plaintext, held->reference, limits, thumbnailSize);
        crypto::cleanse(plaintext);
        opened.draft.content.attachments.insert(kind, model::Attachment {held->reference, {}, checked.inspection});
        opened.draft.thumbnails.insert(kind, checked.thumbnail);
    }
    return opened;
}

// Writes `content` into draft `id`, or a new draft when `id` is empty; `draft` is what is on disk.
storage::StorageError write(storage::DraftStore& drafts, const QString& id, const DraftKeeper::Content& content,
                            storage::Draft& draft)
{
    const QJsonObject json = DraftDossier::draftJson(content.dossier);
    if (storage::StorageError error = id.isEmpty() ? drafts.create(json, draft) : drafts.read(id, draft))
        return error;
    const DraftDossier::DocumentChanges changes = DraftDossier::documentChanges(draft, content.attachments);
    if (changes.error)
        return changes.error;
    const bool sameContent = draft.dossier() == json && changes.isEmpty();
    // Frozen by its submission: it holds this content already, or the content would be lost.
    if (!draft.isEditable())
        return sameContent ? storage::StorageError() : storage::StorageError(storage::StorageError::DraftLocked);
    // A draft opened and left as it was keeps its time of last change.
    if (sameContent && draft.step() == content.step)
        return {};
    draft.setDossier(json);
    draft.setStep(content.step);
    if (storage::StorageError error = DraftDossier::storeDocuments(drafts, draft, changes))
        return error;
    return drafts.save(draft);
}

} // namespace

DraftKeeper::DraftKeeper(QObject* parent)
    : QObject(parent)
{ }

DraftKeeper::~DraftKeeper() = default;

void DraftKeeper::load(const QString& id)
{
    Q_ASSERT(!m_running && m_id.isEmpty());
    m_id = id;
    m_running = true;
    // A save asked meanwhile goes on once the draft is read, or could not be.
    const auto finish = [this](const QString& failure, const Loaded& draft) {
        m_running = false;
        if (!failure.isEmpty())
            emit loadFailed(failure);
        else
            emit loaded(draft);
        if (m_waiting)
            startSave(*std::exchange(m_waiting, std::nullopt));
    };
    runOnDrafts(
        this, [id, bounds = m_thumbnailSize](storage::DraftStore& drafts) { return openDraft(drafts, id, bounds); },
        [finish](const Opened& opened) { finish(opened.error ? opened.error.message() : QString(), opened.draft); },
        [finish](LocalData::Failure, const QString& message) { finish(message, {}); });
}

void DraftKeeper::save(const Content& content)
{
    if (m_running) {
        m_waiting = content;
        return;
    }
    startSave(content);
}

void DraftKeeper::startSave(const Content& content)
{
    m_running = true;
    runOnDrafts(
        this,
        [id = m_id, content](storage::DraftStore& drafts) {
            storage::Draft draft;
            const storage::StorageError error = write(drafts, id, content, draft);
            return Written {draft.id().isEmpty() ? id : draft.id(), draft.modifiedAt(),
                            error ? error.message() : QString()};
        },
        [this](const Written& written) { finishSave(written); },
        [this](LocalData::Failure failure, const QString& message) {
            if (const std::optional<bool> choose = LocalData::passphraseToAsk(failure))
                emit passphraseNeeded(*choose);
            finishSave({m_id, {}, message});
        });
}

void DraftKeeper::finishSave(const Written& written)
{
    m_id = written.id;
    m_running = false;
    if (m_waiting)
        startSave(*std::exchange(m_waiting, std::nullopt));
    if (written.failure.isEmpty())
        emit saved(written.at);
    else
        emit saveFailed(written.failure);
}

} // namespace segurdesk::services
