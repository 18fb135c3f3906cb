#include "core/services/DraftDossier.h"

#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"

namespace segurdesk::services {

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

} // namespace segurdesk::services
