#include "core/storage/StorageError.h"

namespace segurdesk::storage {

QString StorageError::message() const
{
    switch (m_code) {
    case None:
        return {};
    case NotFound:
        return tr("This draft no longer exists.");
    case Damaged:
        return tr("This draft is damaged (altered, truncated or encrypted with another key) and cannot be opened.");
    case UnsupportedVersion:
        return tr("This draft was saved by a newer version of Ségur Desk.");
    case ReadFailed:
        return tr("The draft could not be read from the disk.");
    case WriteFailed:
        return tr("The draft could not be saved to the disk. Check the free space and try again.");
    case DatabaseFailed:
        return tr("The local database could not be read or written.");
    case DraftLocked:
        return tr("This dossier has been sent to the portal and can no longer be changed.");
    case SourceUnreadable:
        return tr("The file to attach cannot be read.");
    case SubmissionPending:
        return tr("A submission of this dossier is still waiting for the portal's answer.");
    case AlreadySubmitted:
        return tr("This dossier has already been submitted.");
    case UnchangedSinceRefusal:
        return tr("The portal refused this dossier: correct it before submitting it again.");
    case UnknownSubmission:
        return tr("This submission is unknown.");
    case InvalidState:
        return tr("This operation is not possible in the dossier's current state.");
    case DataFolderBusy:
        return tr("Another Ségur Desk window or command is using your drafts and submissions: try again once it "
                  "has finished.");
    }
    return {};
}

} // namespace segurdesk::storage
