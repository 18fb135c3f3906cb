#pragma once

#include "core/portal/UploadDocument.h"
#include "core/storage/Draft.h"
#include "core/storage/DraftStore.h"

#include <QByteArray>
#include <QIODevice>

namespace segurdesk::services {

// A draft's attached document as a readable device for an upload: decrypted (and
// authenticated) only when the upload reaches it, and released as soon as it has been read to
// the end, so that sending six documents holds at most one of them in memory. Seeking back
// (a resend) decrypts it again. A document that fails authentication reads as an error.
class DraftAttachmentDevice : public QIODevice
{
    Q_OBJECT

public:
    DraftAttachmentDevice(storage::DraftStore store, storage::Draft draft, QString slot, QObject* parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool load();

    const storage::DraftStore m_store;
    storage::Draft m_draft;
    QString m_slot;
    qint64 m_size = 0;
    QByteArray m_plaintext;
};

// The draft's document of `slot` as a part of POST /enrollments, streamed from its encrypted
// copy (with a copy of `store`). The part is labelled by the file's extension only: the portal
// decides from the content.
portal::UploadDocument draftUploadDocument(const storage::DraftStore& store, const storage::Draft& draft,
                                           const QString& slot);

} // namespace segurdesk::services
