#include "core/services/DossierImporter.h"

#include "core/crypto/Sha256.h"
#include "core/services/DraftDossier.h"

#include <QFile>
#include <QFileInfo>

namespace segurdesk::services {

namespace {

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::optional<QByteArray> digest = crypto::Sha256::hash(file);
    return digest ? QString::fromLatin1(digest->toHex()) : QString();
}

} // namespace

DossierImporter::DossierImporter(storage::DraftStore& drafts)
    : m_drafts(drafts)
{ }

const storage::Draft* DossierImporter::findExisting(const QJsonObject& json)
{
    if (!m_existing)
        m_existing = m_drafts.list();
    // A draft already sent (or being sent) with this content is the one to resume or report.
    const storage::Draft* editable = nullptr;
    for (const storage::DraftListEntry& entry : *m_existing) {
        if (entry.error.isError() || entry.draft.dossier() != json)
            continue;
        if (!entry.draft.isEditable())
            return &entry.draft;
        editable = editable ? editable : &entry.draft;
    }
    return editable;
}

storage::StorageError DossierImporter::import(const model::DossierFile::Loaded& loaded, storage::Draft& draft)
{
    const QJsonObject json = DraftDossier::draftJson(loaded.dossier);
    if (const storage::Draft* existing = findExisting(json)) {
        if (storage::StorageError error = m_drafts.load(existing->id(), draft))
            return error;
        return draft.isEditable() ? syncAttachments(loaded, draft) : storage::StorageError();
    }
    if (storage::StorageError error = m_drafts.create(json, draft))
        return error;
    m_existing->prepend(storage::DraftListEntry {draft.id(), {}, draft});
    return syncAttachments(loaded, draft);
}

storage::StorageError DossierImporter::syncAttachments(const model::DossierFile::Loaded& loaded, storage::Draft& draft)
{
    for (const storage::DraftAttachment& attachment : draft.attachments()) {
        const std::optional<model::DocumentKind> kind = model::documentKindFromKey(attachment.slot);
        if (!kind || !loaded.attachments.contains(*kind)) {
            if (storage::StorageError error = m_drafts.detach(draft, attachment.slot))
                return error;
        }
    }
    QList<storage::DraftStore::Source> changed;
    for (const model::DocumentKind kind : loaded.attachments.kinds()) {
        const model::Attachment* source = loaded.attachments.find(kind);
        const QString slot = model::documentKey(kind);
        const storage::DraftAttachment* current = draft.attachment(slot);
        if (!current || current->fileName != QFileInfo(source->path).fileName()
            || current->sha256 != fileSha256(source->path))
            changed.append({slot, source->path});
    }
    return changed.isEmpty() ? storage::StorageError() : m_drafts.attach(draft, changed);
}

} // namespace segurdesk::services
