#pragma once

#include <QDateTime>
#include <QString>

namespace segurdesk::storage {

// A file attached to a draft: an encrypted copy kept in the draft's folder under storedName.
struct DraftAttachment
{
    QString slot; // the dossier field it belongs to (a DocumentPart name of the contract)
    QString fileName; // the original file's name, shown to the user and sent as the part's filename
    qint64 size = 0;
    QString sha256; // lowercase hex of the plaintext
    QString storedName;
    QDateTime attachedAt;

    bool operator==(const DraftAttachment&) const = default;
};

} // namespace segurdesk::storage
