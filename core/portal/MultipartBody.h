#pragma once

#include "core/portal/MultipartLayout.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>
#include <vector>

namespace segurdesk::portal {

// A multipart/form-data body (RFC 7578) read from its parts as an upload reaches them: small
// parts held in memory, documents read from their own random-access devices, never copied
// whole. Random access with an exact size, so an upload knows its length and a resend starts
// over with seek(0). A part device that fails, or gives out before its size, makes read() fail
// with its error string. One that has nothing yet (read() gives 0 while bytesAvailable() is 0
// and atEnd() false, a document being decrypted) makes read() stop short, possibly at 0 bytes:
// its readyRead(), passed on as this body's, says when to read again.
class MultipartBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultipartBody)

public:
    explicit MultipartBody(QByteArray boundary, QObject* parent = nullptr);
    ~MultipartBody() override = default;

    void addPart(const MultipartLayout::Headers& headers, const QByteArray& content);
    // `content` is open, readable, random access, and its size() is exact.
    void addPart(const MultipartLayout::Headers& headers, std::unique_ptr<QIODevice> content);

    // The request's Content-Type: "multipart/form-data; boundary=...".
    QByteArray contentType() const;
    const MultipartLayout& layout() const { return m_layout; }

    bool isSequential() const override { return false; }
    qint64 size() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    struct Segment
    {
        qint64 start;
        qint64 size;
        QByteArray bytes;
        QIODevice* device;
    };

    void appendSegment(QByteArray bytes, QIODevice* device, qint64 size);
    qint64 readSegment(const Segment& segment, qint64 offset, char* data, qint64 maxSize);

    QByteArray m_boundary;
    MultipartLayout m_layout;
    // "--boundary--\r\n", after every part.
    QByteArray m_closing;
    std::vector<Segment> m_segments;
    std::vector<std::unique_ptr<QIODevice>> m_devices;
    qint64 m_partsSize = 0;
};

} // namespace segurdesk::portal
