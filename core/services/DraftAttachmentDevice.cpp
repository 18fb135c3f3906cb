#include "core/services/DraftAttachmentDevice.h"

#include "core/crypto/SecretKey.h"

#include <QBuffer>

#include <cstring>

namespace segurdesk::services {

namespace {

QByteArray contentTypeFor(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".pdf")))
        return QByteArrayLiteral("application/pdf");
    if (lower.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        return QByteArrayLiteral("image/jpeg");
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

DraftAttachmentDevice::DraftAttachmentDevice(storage::DraftStore store, storage::Draft draft, QString slot,
                                             QObject* parent)
    : QIODevice(parent)
    , m_store(std::move(store))
    , m_draft(std::move(draft))
    , m_slot(std::move(slot))
{
    if (const storage::DraftAttachment* attachment = m_draft.attachment(m_slot))
        m_size = attachment->size;
}

bool DraftAttachmentDevice::load()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const storage::StorageError error = m_store.readAttachment(m_draft, m_slot, buffer)) {
        setErrorString(error.message());
        return false;
    }
    m_plaintext = buffer.data();
    if (m_plaintext.size() != m_size) {
        setErrorString(tr("The attached document changed size since it was attached."));
        crypto::cleanse(m_plaintext);
        m_plaintext.clear();
        return false;
    }
    return true;
}

qint64 DraftAttachmentDevice::readData(char* data, qint64 maxSize)
{
    const qint64 position = pos();
    if (position >= m_size)
        return -1;
    if (m_plaintext.isEmpty() && !load())
        return -1;
    const qint64 count = qMin(maxSize, m_size - position);
    std::memcpy(data, m_plaintext.constData() + position, size_t(count));
    if (position + count >= m_size) {
        crypto::cleanse(m_plaintext);
        m_plaintext = QByteArray();
    }
    return count;
}

portal::UploadDocument draftUploadDocument(const storage::DraftStore& store, const storage::Draft& draft,
                                           const QString& slot)
{
    portal::UploadDocument document;
    document.part = slot;
    if (const storage::DraftAttachment* attachment = draft.attachment(slot)) {
        document.fileName = attachment->fileName;
        document.contentType = contentTypeFor(attachment->fileName);
    }
    document.open = [store, draft, slot]() -> std::unique_ptr<QIODevice> {
        if (!draft.attachment(slot))
            return nullptr;
        auto device = std::make_unique<DraftAttachmentDevice>(store, draft, slot);
        if (!device->open(QIODevice::ReadOnly))
            return nullptr;
        return device;
    };
    return document;
}

} // namespace segurdesk::services
