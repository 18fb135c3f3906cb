// Fuzzes the file inspector with arbitrary bytes written to a file, as a user's disk would hand
// them over, and held in memory, as an upload reaches the sandbox: type sniffing, ZIP refinement,
// PDF (QtPdf) and image (Qt decoders) verification.
// Beyond memory and UB errors, it checks that the inspection is consistent with the bytes.
#include "core/files/FileInspector.h"
#include "fuzz/FuzzSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace {

using namespace segurdesk::files;
using segurdesk::fuzz::require;

QString scratchPath()
{
    static QTemporaryDir dir;
    require(dir.isValid(), "a temporary folder exists");
    return dir.filePath(QStringLiteral("attachment"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    segurdesk::fuzz::ensureGuiApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray content = segurdesk::fuzz::bytes(data, size);
    const QString path = scratchPath();
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the scratch file opens");
    require(file.write(content) == content.size(), "the scratch file is written");
    file.close();

    const FileInspection inspection = FileInspector().inspect(path);
    // The sandbox inspects uploaded parts in memory: the same bytes must get the same answer.
    const FileInspection inMemory = FileInspector().inspectContent(content, QStringLiteral("attachment"));
    require(inMemory.code() == inspection.code() && inMemory.message == inspection.message
                && inMemory.sha256Hex == inspection.sha256Hex && inMemory.pageCount == inspection.pageCount
                && inMemory.pixelSize == inspection.pixelSize,
            "the content in memory gets the file's verdict");

    require(inspection.size == content.size(), "the inspected size is the file's size");
    require(inspection.accepted() == inspection.message.isEmpty(), "only a refusal has a message");
    if (content.isEmpty())
        require(inspection.verdict == FileVerdict::Empty, "an empty file is refused as empty");
    if (!inspection.accepted())
        return 0;
    require(isAcceptedFileType(inspection.type), "an accepted file has an accepted type");
    require(inspection.sha256Hex == QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
            "the SHA-256 is the content's");
    if (inspection.type == FileType::Pdf) {
        require(inspection.pageCount > 0, "an accepted PDF has pages");
    } else {
        require(inspection.pixelSize.isValid() && !inspection.pixelSize.isEmpty(), "an accepted image has a size");
        require(qint64(inspection.pixelSize.width()) * inspection.pixelSize.height()
                    <= InspectionLimits::DefaultMaxPixels,
                "an accepted image is within the pixel limit");
    }
    return 0;
}
