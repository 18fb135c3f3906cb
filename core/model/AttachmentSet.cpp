#include "core/model/AttachmentSet.h"

#include "core/model/Dossier.h"

namespace segurdesk::model {

void AttachmentSet::insert(DocumentKind kind, const Attachment& attachment)
{
    m_attachments.insert(kind, attachment);
}

const Attachment* AttachmentSet::find(DocumentKind kind) const
{
    const auto it = m_attachments.constFind(kind);
    return it == m_attachments.constEnd() ? nullptr : &it.value();
}

AttachmentSet AttachmentSet::fromDossier(const Dossier& dossier, const QDir& baseDir)
{
    AttachmentSet set;
    for (auto it = dossier.documents.constBegin(); it != dossier.documents.constEnd(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        set.insert(it.key(), Attachment {it.value(), QDir::cleanPath(baseDir.absoluteFilePath(it.value())), {}});
    }
    return set;
}

} // namespace segurdesk::model
