#pragma once

#include "core/files/FileInspection.h"

#include <QString>

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

    const InspectionLimits& limits() const { return m_limits; }

private:
    InspectionLimits m_limits;
};

} // namespace segurdesk::files
