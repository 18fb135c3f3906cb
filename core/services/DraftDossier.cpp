#include "core/services/DraftDossier.h"

#include "core/crypto/Sha256.h"
#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"

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

DraftDossier DraftDossier::fromDraft(const storage::Draft& draft)
{
    DraftDossier result;
    model::DossierJson::Parsed parsed = model::DossierJson::fromJson(draft.dossier(), model::DossierJson::Mode::File);
    result.dossier = std::move(parsed.dossier);
    result.parseErrors = std::move(parsed.errors);
    for (const storage::DraftAttachment& attachment : draft.attachments()) {
        const std::optional<model::DocumentKind> kind = model::documentKindFromKey(attachment.slot);
        if (!kind)
            continue;
        // The store authenticates every copy, so what was accepted when attached still is.
        files::FileInspection inspection;
        inspection.verdict = files::FileVerdict::Accepted;
        inspection.size = attachment.size;
        inspection.sha256Hex = attachment.sha256.toLatin1();
        result.dossier.documents.insert(*kind, attachment.fileName);
        result.attachments.insert(*kind, model::Attachment {attachment.fileName, QString(), inspection});
    }
    return result;
}

QJsonObject DraftDossier::draftJson(const model::Dossier& dossier)
{
    QJsonObject json = model::DossierJson::toJson(dossier, model::DossierJson::Mode::File);
    json.remove(QStringLiteral("documents"));
    return json;
}

model::FieldErrors DraftDossier::validate() const
{
    return model::mergeFieldErrors(parseErrors, model::DossierValidator().validate(dossier, attachments));
}

DraftDossier::DocumentChanges DraftDossier::documentChanges(const storage::Draft& draft,
                                                            const model::AttachmentSet& attachments)
{
    DocumentChanges changes;
    for (const storage::DraftAttachment& attachment : draft.attachments()) {
        const std::optional<model::DocumentKind> kind = model::documentKindFromKey(attachment.slot);
        if (!kind || !attachments.contains(*kind))
            changes.detached.append(attachment.slot);
    }
    for (const model::DocumentKind kind : attachments.kinds()) {
        const model::Attachment* source = attachments.find(kind);
        const QString slot = model::documentKey(kind);
        const storage::DraftAttachment* current = draft.attachment(slot);
        if (source->path.isEmpty()) {
            if (!current || current->fileName != source->reference)
                changes.error
                    = {storage::StorageError::SourceUnreadable, QStringLiteral("not a document of this draft")};
            continue;
        }
        if (!current || current->fileName != QFileInfo(source->path).fileName()
            || current->sha256 != fileSha256(source->path))
            changes.attached.append({slot, source->path});
    }
    return changes;
}

storage::StorageError DraftDossier::storeDocuments(storage::DraftStore& store, storage::Draft& draft,
                                                   const model::AttachmentSet& attachments)
{
    return storeDocuments(store, draft, documentChanges(draft, attachments));
}

storage::StorageError DraftDossier::storeDocuments(storage::DraftStore& store, storage::Draft& draft,
                                                   const DocumentChanges& changes)
{
    if (changes.error)
        return changes.error;
    for (const QString& slot : changes.detached) {
        if (storage::StorageError error = store.detach(draft, slot))
            return error;
    }
    return changes.attached.isEmpty() ? storage::StorageError() : store.attach(draft, changes.attached);
}

} // namespace segurdesk::services
