#pragma once

#include "core/portal/UploadDocument.h"
#include "core/storage/Draft.h"
#include "core/storage/DraftStore.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace segurdesk::storage {
class DataFolderLock;
}

namespace segurdesk::services {

// A draft's attached document as a readable device for an upload: decrypted (and
// authenticated) on a worker when the upload reaches it, and released as soon as it has been
// read to the end, so that sending six documents holds at most one of them in memory and the
// reading thread (the GUI thread in the desktop app) never waits for the disk or the cipher.
// Until the document is ready, read() gives nothing and bytesAvailable() is 0 while atEnd() is
// false; readyRead() follows once it is. Seeking back after the end decrypts it again. A
// document that fails authentication, or whose size changed, reads as an error from then on.
// The job holds `lock` (LocalData::lockHold()) while it reads the draft's folder.
class DraftAttachmentDevice : public QIODevice
{
    Q_OBJECT

public:
    DraftAttachmentDevice(storage::DraftStore store, storage::Draft draft, QString slot,
                          std::shared_ptr<const storage::DataFolderLock> lock, QObject* parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool atEnd() const override { return pos() >= m_size; }
    qint64 bytesAvailable() const override { return m_plaintext ? m_size - pos() : 0; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void decrypt();

    const storage::DraftStore m_store;
    const storage::Draft m_draft;
    const QString m_slot;
    const std::shared_ptr<const storage::DataFolderLock> m_lock;
    qint64 m_size = 0;
    // Once decrypted, until read to the end.
    std::shared_ptr<const QByteArray> m_plaintext;
    bool m_decrypting = false;
    bool m_failed = false;
};

// The draft's document of `slot` as a part of POST /enrollments, streamed from its encrypted
// copy (with a copy of `store`). The part is labelled by the file's extension only: the portal
// decides from the content.
portal::UploadDocument draftUploadDocument(const storage::DraftStore& store, const storage::Draft& draft,
                                           const QString& slot,
                                           const std::shared_ptr<const storage::DataFolderLock>& lock);

} // namespace segurdesk::services
