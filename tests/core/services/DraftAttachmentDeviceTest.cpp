// services::DraftAttachmentDevice over a real draft store: a document is decrypted off the
// reading thread, read whole, and refused when its encrypted copy was damaged.
#include "core/services/DraftAttachmentDevice.h"

#include "core/crypto/SecretKey.h"
#include "core/storage/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segurdesk;

namespace {

const QString Slot = QStringLiteral("rib");

class DraftAttachmentDeviceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document.resize(3 * 1024 * 1024 + 17);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(m_document.data()), m_document.size() / 4);
        QFile source(m_dir.filePath(QStringLiteral("rib.pdf")));
        ASSERT_TRUE(source.open(QIODevice::WriteOnly));
        source.write(m_document);
        source.close();
        ASSERT_FALSE(m_store.create(QJsonObject(), m_draft));
        ASSERT_FALSE(m_store.attach(m_draft, Slot, source.fileName()));
    }

    // The document's encrypted copy in the draft's folder.
    QString storedCopy() const
    {
        return QDir(m_store.rootDir()).filePath(m_draft.id() + QLatin1Char('/') + m_draft.attachment(Slot)->storedName);
    }

    std::unique_ptr<QIODevice> opened() const
    {
        std::unique_ptr<QIODevice> device = services::draftUploadDocument(m_store, m_draft, Slot, nullptr).open();
        EXPECT_TRUE(device);
        return device;
    }

    // Reads `device` to its end as an upload does: what it has, then again at its readyRead().
    static QByteArray readAll(QIODevice& device, qint64* lastCount)
    {
        QSignalSpy ready(&device, &QIODevice::readyRead);
        QByteArray all;
        char chunk[256 * 1024];
        for (;;) {
            *lastCount = device.read(chunk, sizeof chunk);
            if (*lastCount < 0)
                return all;
            if (*lastCount == 0) {
                if (device.atEnd())
                    return all;
                EXPECT_EQ(device.bytesAvailable(), 0);
                if (!ready.wait(10000))
                    return all;
                continue;
            }
            all.append(chunk, *lastCount);
        }
    }

    QTemporaryDir m_dir;
    storage::DraftStore m_store {m_dir.filePath(QStringLiteral("drafts")), crypto::SecretKey::generate()};
    storage::Draft m_draft;
    QByteArray m_document;
};

TEST_F(DraftAttachmentDeviceTest, DecryptsOffTheReadingThreadThenGivesTheWholeDocument)
{
    const std::unique_ptr<QIODevice> device = opened();
    ASSERT_EQ(device->size(), m_document.size());
    char first[16];
    // Nothing yet: the reading thread never decrypts.
    EXPECT_EQ(device->read(first, sizeof first), 0);
    EXPECT_FALSE(device->atEnd());
    EXPECT_EQ(device->bytesAvailable(), 0);

    qint64 last = 0;
    EXPECT_EQ(readAll(*device, &last), m_document);
    EXPECT_EQ(last, -1) << "read past the end";
    // A resend starts over: decrypted again.
    ASSERT_TRUE(device->seek(0));
    EXPECT_EQ(readAll(*device, &last), m_document);
}

TEST_F(DraftAttachmentDeviceTest, ADamagedCopyReadsAsAnErrorOnceDecrypted)
{
    QFile copy(storedCopy());
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    ASSERT_TRUE(copy.seek(70000));
    char byte = 0;
    ASSERT_TRUE(copy.getChar(&byte));
    ASSERT_TRUE(copy.seek(70000));
    ASSERT_TRUE(copy.putChar(char(byte ^ 0x20)));
    copy.close();

    const std::unique_ptr<QIODevice> device = opened();
    qint64 last = 0;
    EXPECT_TRUE(readAll(*device, &last).isEmpty()) << "no byte of a document that fails authentication";
    EXPECT_EQ(last, -1);
    EXPECT_FALSE(device->errorString().isEmpty());
}

} // namespace
