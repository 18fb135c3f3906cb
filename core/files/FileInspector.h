#pragma once

#include "core/files/FileInspection.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace segurdesk::files {

// Limits an attachment must respect. The portal's /config states the byte limit; these
// defaults apply until it has been fetched.
struct InspectionLimits
{
    static constexpr qint64 DefaultMaxBytes = qint64 {4} * 1024 * 1024;
    static constexpr qint64 DefaultMaxPixels = 50'000'000;

    // A file of exactly maxBytes is accepted, one byte more is not.
    qint64 maxBytes = DefaultMaxBytes;
    // Images declaring more pixels than this are refused before any decoding.
    qint64 maxPixels = DefaultMaxPixels;
};

// Decides whether a file may be attached to a dossier: size, real type (from its content,
// never its name), PDF or image integrity, and its SHA-256.
//
// It reads no more than it needs: an oversize file is refused from its size without being
// opened for reading, a refused type after its first 4 KiB (plus, for a ZIP, the central
// directory at its end, to name DOCX/XLSX/ODT...), and an accepted type is read once, in full,
// into memory (at most maxBytes) for hashing and verification.
//
// Needs a QGuiApplication in the process (QtPdf, image decoders). Never throws on bad input;
// every outcome is a FileInspection.
class FileInspector
{
public:
    explicit FileInspector(InspectionLimits limits = InspectionLimits());

    FileInspection inspect(const QString& path) const;
    // The same checks on content already in memory (an uploaded part), named `fileName` in
    // messages. Nothing is written to disk.
    FileInspection inspectContent(const QByteArray& content, const QString& fileName) const;

    const InspectionLimits& limits() const { return m_limits; }

private:
    // Sets the type sniffed from `head` (and, for a ZIP, `zipTail()`); returns the refusal of a
    // type that is not accepted or of a size over the limit, else nullopt.
    std::optional<FileInspection> refuseTypeOrSize(FileInspection& inspection, const QByteArray& head,
                                                   const std::function<QByteArray()>& zipTail,
                                                   const QString& fileName) const;
    // Hash and integrity of the whole content of an accepted type.
    FileInspection verifyContent(FileInspection inspection, const QByteArray& content) const;

    InspectionLimits m_limits;
};

} // namespace segurdesk::files
