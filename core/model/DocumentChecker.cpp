#include "core/model/DocumentChecker.h"

#include "core/files/DataSize.h"
#include "core/model/RuleHelpers.h"

#include <QCoreApplication>

namespace segurdesk::model {

namespace {

files::InspectionLimits limitsFor(qint64 maxBytes)
{
    files::InspectionLimits limits;
    limits.maxBytes = maxBytes;
    return limits;
}

} // namespace

DocumentChecker::DocumentChecker(const AttachmentSet& attachments, qint64 maxBytes, FieldErrors& errors)
    : m_attachments(attachments)
    , m_maxBytes(maxBytes)
    , m_inspector(limitsFor(maxBytes))
    , m_errors(errors)
{ }

QString DocumentChecker::limitText() const
{
    return QCoreApplication::translate("DossierValidator", "PDF, JPEG or PNG, at most %1")
        .arg(files::DataSize::ofLimit(m_maxBytes));
}

void DocumentChecker::check(DocumentKind kind, Need need, const QString& missingMessage)
{
    const Attachment* attachment = m_attachments.find(kind);
    if (!attachment) {
        if (need == Need::Required) {
            rules::add(m_errors, documentField(kind), QLatin1String("document.required"),
                       missingMessage.isEmpty()
                           ? QCoreApplication::translate("DossierValidator", "Attach the document \"%1\": %2.")
                                 .arg(documentLabel(kind), limitText())
                           : missingMessage);
        }
        return;
    }
    if (need == Need::NotNeeded) {
        rules::add(m_errors, documentField(kind), QLatin1String("document.not_needed"),
                   QCoreApplication::translate("DossierValidator",
                                               "\"%1\" is not needed for this dossier and will not be sent.")
                       .arg(documentLabel(kind)),
                   Severity::Warning);
        return;
    }
    inspect(kind, *attachment);
}

void DocumentChecker::inspect(DocumentKind kind, const Attachment& attachment)
{
    const files::FileInspection inspection
        = attachment.inspection ? *attachment.inspection : m_inspector.inspect(attachment.path);
    // An inspection made elsewhere may have used another limit: the portal's is the one.
    if (inspection.accepted() && inspection.size > m_maxBytes) {
        rules::add(m_errors, documentField(kind), QLatin1String("file.too_large"),
                   QCoreApplication::translate("DossierValidator", "\"%1\" (%2): the file exceeds %3.")
                       .arg(documentLabel(kind), attachment.reference, files::DataSize::ofLimit(m_maxBytes)));
        return;
    }
    if (inspection.accepted())
        return;
    rules::add(m_errors, documentField(kind), inspection.code(),
               QCoreApplication::translate("DossierValidator", "\"%1\" (%2): %3")
                   .arg(documentLabel(kind), attachment.reference, inspection.message));
}

} // namespace segurdesk::model
