#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"

#include <QString>
#include <QTemporaryDir>

namespace segurdesk::model::fixtures {

// Real attachment files written at test time in a temporary folder: a one-page PDF from
// QPdfWriter, PNG and JPEG pictures from QImage, and broken ones.
class DocumentFiles
{
public:
    DocumentFiles();

    QString dir() const { return m_dir.path(); }
    QString absolute(const QString& name) const { return m_dir.filePath(name); }

    // Names relative to dir().
    static inline const QString Pdf = QStringLiteral("document.pdf");
    static inline const QString Png = QStringLiteral("identite.png");
    static inline const QString Jpeg = QStringLiteral("rib.jpg");
    static inline const QString TextNamedPdf = QStringLiteral("lettre.pdf"); // plain text inside
    static inline const QString TruncatedPdf = QStringLiteral("coupe.pdf"); // first half of Pdf
    static inline const QString TruncatedPng = QStringLiteral("coupe.png"); // first half of Png
    static inline const QString OversizePdf = QStringLiteral("trop-gros.pdf"); // 4 MiB + 1 byte
    static inline const QString Missing = QStringLiteral("absent/nulle-part.pdf"); // never written

private:
    QTemporaryDir m_dir;
};

// A complete, valid dossier of a developer operator filed by its legal representative, VAT
// 20 %, whose documents are the files of `files` (relative references).
Dossier validDossier();

// The same, filed by a chartered accountant for the company (tiers déclarant).
Dossier validThirdPartyDossier();

inline constexpr const char* kApplicantSiret = "73282932000074";
inline constexpr const char* kOtherSiret = "44306184100047";

} // namespace segurdesk::model::fixtures
