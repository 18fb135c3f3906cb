#include "tests/core/files/FileFixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>

#include <cmath>
#include <zlib.h>

namespace segurdesk::testing {

namespace {

void appendBigEndian32(QByteArray& out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void appendLittleEndian16(QByteArray& out, quint16 value)
{
    out.append(char(value & 0xFF)).append(char(value >> 8));
}

void appendLittleEndian32(QByteArray& out, quint32 value)
{
    appendLittleEndian16(out, quint16(value & 0xFFFF));
    appendLittleEndian16(out, quint16(value >> 16));
}

void appendPngChunk(QByteArray& out, QByteArrayView type, const QByteArray& data)
{
    appendBigEndian32(out, quint32(data.size()));
    const QByteArray typeAndData = type.toByteArray() + data;
    out += typeAndData;
    appendBigEndian32(
        out, quint32(crc32(0, reinterpret_cast<const Bytef*>(typeAndData.constData()), uInt(typeAndData.size()))));
}

QImage noise(QSize size, quint32 seed)
{
    QImage picture(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(picture.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = 0xFF000000u | (random.generate() & 0x00FFFFFFu);
    }
    return picture;
}

QByteArray pdfWithPicture(const QImage& picture)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.drawImage(QRect(QPoint(0, 0), picture.size()), picture);
    painter.end();
    return buffer.data();
}

// Grows a square of noise until `encode` gives close to `target` bytes without exceeding it.
template<typename Encode> QByteArray grownToTarget(qint64 target, Encode encode)
{
    int side = 256;
    QByteArray best;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const QByteArray encoded = encode(noise(QSize(side, side), 7));
        if (encoded.size() <= target)
            best = encoded;
        if (encoded.size() <= target && encoded.size() >= target * 9 / 10)
            break;
        // Size grows with the pixel count: aim for 95 % of the target.
        side = int(side * std::sqrt(0.95 * double(target) / double(encoded.size())));
    }
    return best;
}

} // namespace

FileFixtures::FileFixtures(QString directory)
    : m_directory(std::move(directory))
{ }

QString FileFixtures::path(const QString& name) const
{
    return QDir(m_directory).filePath(name);
}

QString FileFixtures::write(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QString FileFixtures::encryptWithQpdf(const QString& input, const QString& output, const QString& userPassword,
                                      const QString& ownerPassword, QString* error) const
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"),
               {QStringLiteral("--encrypt"), userPassword, ownerPassword, QStringLiteral("256"), QStringLiteral("--"),
                input, path(output)});
    if (!qpdf.waitForFinished(60000) || qpdf.exitStatus() != QProcess::NormalExit || qpdf.exitCode() != 0) {
        *error = QStringLiteral("qpdf failed (%1): %2")
                     .arg(qpdf.errorString(), QString::fromLocal8Bit(qpdf.readAllStandardError()));
        return {};
    }
    return path(output);
}

QByteArray FileFixtures::pdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setCreator(QStringLiteral("segurdesk tests"));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Attestation, page %1").arg(page + 1));
    }
    painter.end();
    return buffer.data();
}

QByteArray FileFixtures::noisyPdf(qint64 targetBytes)
{
    return grownToTarget(targetBytes, [](const QImage& picture) { return pdfWithPicture(picture); });
}

QByteArray FileFixtures::zeroPagePdf()
{
    const QList<QByteArray> objects = {
        QByteArrayLiteral("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
        QByteArrayLiteral("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"),
    };
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (const QByteArray& object : objects) {
        offsets.append(pdf.size());
        pdf += object;
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 3\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray FileFixtures::image(const char* format, QSize size, bool noisy, int quality)
{
    QImage picture = noisy ? noise(size, 11) : QImage(size, QImage::Format_RGB32);
    if (!noisy) {
        picture.fill(Qt::white);
        QPainter painter(&picture);
        painter.setPen(Qt::darkBlue);
        painter.drawRect(picture.rect().adjusted(2, 2, -3, -3));
        painter.drawLine(QPoint(0, 0), QPoint(size.width(), size.height()));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, format, quality);
    return buffer.data();
}

QByteArray FileFixtures::noisyJpeg(qint64 targetBytes)
{
    return grownToTarget(targetBytes, [](const QImage& picture) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "jpeg", 90);
        return buffer.data();
    });
}

QByteArray FileFixtures::pngClaiming(QSize size)
{
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n");
    QByteArray header;
    appendBigEndian32(header, quint32(size.width()));
    appendBigEndian32(header, quint32(size.height()));
    header += QByteArrayLiteral("\x08\x02\x00\x00\x00"); // 8-bit RGB, deflate, no filter, no interlace
    appendPngChunk(png, "IHDR", header);
    const QByteArray firstRow(1 + 3 * 16, '\0');
    appendPngChunk(png, "IDAT", qCompress(firstRow).mid(4)); // qCompress prefixes a 4-byte length
    appendPngChunk(png, "IEND", {});
    return png;
}

QByteArray FileFixtures::gif()
{
    return QByteArrayLiteral("GIF89a\x01\x00\x01\x00\x80\x00\x00\xFF\xFF\xFF\x00\x00\x00"
                             "\x21\xF9\x04\x01\x00\x00\x00\x00\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00"
                             "\x02\x02\x44\x01\x00\x3B");
}

QByteArray FileFixtures::storedZip(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto& [name, content] : entries) {
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(content.constData()), uInt(content.size())));
        const auto offset = quint32(zip.size());
        zip += QByteArrayLiteral("PK\x03\x04\x0A\x00\x00\x00\x00\x00\x00\x00\x00\x00");
        appendLittleEndian32(zip, crc);
        appendLittleEndian32(zip, quint32(content.size()));
        appendLittleEndian32(zip, quint32(content.size()));
        appendLittleEndian16(zip, quint16(name.size()));
        appendLittleEndian16(zip, 0);
        zip += name + content;

        directory += QByteArrayLiteral("PK\x01\x02\x14\x00\x0A\x00\x00\x00\x00\x00\x00\x00\x00\x00");
        appendLittleEndian32(directory, crc);
        appendLittleEndian32(directory, quint32(content.size()));
        appendLittleEndian32(directory, quint32(content.size()));
        appendLittleEndian16(directory, quint16(name.size()));
        directory += QByteArray(12, '\0'); // extra, comment, disk, attributes
        appendLittleEndian32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = quint32(zip.size());
    zip += directory;
    zip += QByteArrayLiteral("PK\x05\x06\x00\x00\x00\x00");
    appendLittleEndian16(zip, quint16(entries.size()));
    appendLittleEndian16(zip, quint16(entries.size()));
    appendLittleEndian32(zip, quint32(directory.size()));
    appendLittleEndian32(zip, directoryOffset);
    appendLittleEndian16(zip, 0);
    return zip;
}

QByteArray FileFixtures::padded(QByteArray bytes, qint64 totalSize)
{
    bytes.append(QByteArray(qsizetype(totalSize - bytes.size()), '\0'));
    return bytes;
}

} // namespace segurdesk::testing
