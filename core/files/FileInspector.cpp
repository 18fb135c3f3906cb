#include "core/files/FileInspector.h"

#include "core/crypto/Sha256.h"
#include "core/files/FileMessages.h"
#include "core/files/FileTypeSniffer.h"
#include "core/files/ImageVerifier.h"
#include "core/files/PdfVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstring>

namespace segurdesk::files {

namespace {

Q_LOGGING_CATEGORY(lcFiles, "segurdesk.files", QtInfoMsg)

FileInspection refused(FileInspection inspection, FileVerdict verdict, QString message)
{
    inspection.verdict = verdict;
    inspection.message = std::move(message);
    return inspection;
}

bool readExactly(QFile& file, char* into, qint64 length)
{
    while (length > 0) {
        const qint64 read = file.read(into, length);
        if (read <= 0)
            return false;
        into += read;
        length -= read;
    }
    return true;
}

} // namespace

FileInspector::FileInspector(InspectionLimits limits)
    : m_limits(limits)
{ }

FileInspection FileInspector::inspect(const QString& path) const
{
    FileInspection inspection;
    const QFileInfo info(path);
    if (!info.exists())
        return refused(inspection, FileVerdict::Unreadable, FileMessages::notFound());
    if (info.isDir())
        return refused(inspection, FileVerdict::Unreadable, FileMessages::isFolder());
    // Opening a FIFO or a device could block or never end: only regular files are read.
    if (!info.isFile())
        return refused(inspection, FileVerdict::Unreadable, FileMessages::notRegularFile());

    inspection.size = info.size();
    if (inspection.size == 0)
        return refused(inspection, FileVerdict::Empty, FileMessages::empty());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(inspection, FileVerdict::Unreadable, FileMessages::readError());

    // The whole content will be needed for an accepted type, so it goes straight into the
    // buffer that will hold it, and the file is read once.
    const qint64 headLength = qMin<qint64>(inspection.size, FileTypeSniffer::HeadBytes);
    QByteArray content(static_cast<qsizetype>(headLength), Qt::Uninitialized);
    if (!readExactly(file, content.data(), headLength))
        return refused(inspection, FileVerdict::Unreadable, FileMessages::readError());
    const auto zipTail = [&file, &inspection, headLength] {
        const qint64 tailStart = qMax(headLength, inspection.size - FileTypeSniffer::ZipTailBytes);
        return tailStart < inspection.size && file.seek(tailStart) ? file.read(inspection.size - tailStart)
                                                                   : QByteArray();
    };
    if (std::optional<FileInspection> refusal = refuseTypeOrSize(inspection, content, zipTail, info.fileName()))
        return *refusal;

    content.resize(static_cast<qsizetype>(inspection.size));
    if (!file.seek(headLength) || !readExactly(file, content.data() + headLength, inspection.size - headLength)
        || !file.atEnd())
        return refused(inspection, FileVerdict::Unreadable, FileMessages::readError());
    return verifyContent(inspection, content);
}

FileInspection FileInspector::inspectContent(const QByteArray& content, const QString& fileName) const
{
    FileInspection inspection;
    inspection.size = content.size();
    if (inspection.size == 0)
        return refused(inspection, FileVerdict::Empty, FileMessages::empty());
    const QByteArray head
        = QByteArray::fromRawData(content.constData(), qMin<qsizetype>(content.size(), FileTypeSniffer::HeadBytes));
    const auto zipTail = [&content] {
        return content.right(FileTypeSniffer::ZipTailBytes);
    };
    if (std::optional<FileInspection> refusal = refuseTypeOrSize(inspection, head, zipTail, fileName))
        return *refusal;
    return verifyContent(inspection, content);
}

std::optional<FileInspection> FileInspector::refuseTypeOrSize(FileInspection& inspection, const QByteArray& head,
                                                              const std::function<QByteArray()>& zipTail,
                                                              const QString& fileName) const
{
    inspection.type = FileTypeSniffer::sniff(head);
    if (inspection.type == FileType::Zip)
        inspection.type = FileTypeSniffer::refineZip(head, zipTail());
    if (!isAcceptedFileType(inspection.type)) {
        qCDebug(lcFiles) << "refused type" << fileTypeId(inspection.type) << "size" << inspection.size;
        return refused(inspection, FileVerdict::TypeNotAllowed,
                       FileMessages::typeNotAllowed(inspection.type, fileName));
    }
    // Decided after the head is sniffed, so the refusal names the real type of the file.
    if (inspection.size > m_limits.maxBytes)
        return refused(inspection, FileVerdict::TooLarge, FileMessages::tooLarge(inspection.size, m_limits.maxBytes));
    return std::nullopt;
}

FileInspection FileInspector::verifyContent(FileInspection inspection, const QByteArray& content) const
{
    inspection.sha256Hex = crypto::Sha256::toHex(crypto::Sha256::hash(content));
    if (inspection.type == FileType::Pdf) {
        const PdfVerifier::Result pdf = PdfVerifier::verify(content);
        inspection.pageCount = pdf.pageCount;
        inspection.verdict = pdf.verdict;
        if (pdf.verdict == FileVerdict::PdfEncrypted)
            inspection.message = FileMessages::pdfEncrypted();
        else if (pdf.verdict == FileVerdict::PdfNoPages)
            inspection.message = FileMessages::pdfNoPages();
        else if (pdf.verdict == FileVerdict::PdfCorrupt)
            inspection.message = FileMessages::pdfCorrupt();
    } else {
        const ImageVerifier::Result image = ImageVerifier::verify(content, inspection.type, m_limits.maxPixels);
        inspection.pixelSize = image.pixelSize;
        inspection.verdict = image.verdict;
        if (image.verdict == FileVerdict::ImageTooManyPixels)
            inspection.message = FileMessages::imageTooManyPixels(image.pixelSize, m_limits.maxPixels);
        else if (image.verdict == FileVerdict::ImageCorrupt)
            inspection.message = FileMessages::imageCorrupt();
    }
    qCDebug(lcFiles) << "inspected" << fileTypeId(inspection.type) << "size" << inspection.size << "->"
                     << inspection.code();
    return inspection;
}

} // namespace segurdesk::files
