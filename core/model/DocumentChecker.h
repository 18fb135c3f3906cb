#pragma once

#include "core/files/FileInspector.h"
#include "core/model/AttachmentSet.h"
#include "core/model/FieldError.h"

namespace segurdesk::model {

// Checks one document field of a dossier: present when needed, flagged when not needed,
// and the file itself through the file inspector. Used by DossierValidator.
class DocumentChecker
{
public:
    enum class Need { Required, NotNeeded, Unknown };

    DocumentChecker(const AttachmentSet& attachments, qint64 maxBytes, FieldErrors& errors);

    // `missingMessage` says why the document is needed; empty gives the generic sentence.
    void check(DocumentKind kind, Need need, const QString& missingMessage = QString());
    // "PDF, JPEG or PNG, at most 4 MB", for the messages that name the limit.
    QString limitText() const;

private:
    void inspect(DocumentKind kind, const Attachment& attachment);

    const AttachmentSet& m_attachments;
    qint64 m_maxBytes;
    files::FileInspector m_inspector;
    FieldErrors& m_errors;
};

} // namespace segurdesk::model
