#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

namespace segurdesk::testing {

// Real attachment files made at test time: PDFs from QPdfWriter (and qpdf for encryption),
// images from QImage, hand-made headers for the formats Qt cannot write. Shared by the core
// tests, the CLI tests and the benchmarks.
class FileFixtures
{
public:
    // Files are written into `directory`, which must exist (a QTemporaryDir's path).
    explicit FileFixtures(QString directory);

    QString path(const QString& name) const;
    // Writes `bytes` to `name` and returns its path; empty when the write fails.
    QString write(const QString& name, const QByteArray& bytes) const;
    // Runs `qpdf --encrypt USER OWNER 256 -- input output`; returns the output path, or an
    // empty string with the reason in `error`.
    QString encryptWithQpdf(const QString& input, const QString& output, const QString& userPassword,
                            const QString& ownerPassword, QString* error) const;

    // A PDF of `pages` A4 pages with text on each.
    static QByteArray pdf(int pages);
    // A one-page PDF holding a noisy picture, grown until the file is close to `targetBytes`
    // (within 10 %, never above).
    static QByteArray noisyPdf(qint64 targetBytes);
    // A valid PDF whose page tree is empty (/Kids []), with a correct cross-reference table.
    static QByteArray zeroPagePdf();
    // An image encoded by Qt ("png", "jpeg"); noise makes it incompressible.
    static QByteArray image(const char* format, QSize size, bool noisy = false, int quality = -1);
    // A JPEG of noise grown until it is close to `targetBytes` (within 10 %, never above).
    static QByteArray noisyJpeg(qint64 targetBytes);
    // A complete, well-formed PNG (valid CRCs, tiny IDAT, IEND) whose IHDR claims `size`.
    static QByteArray pngClaiming(QSize size);
    // A 1×1 GIF89a.
    static QByteArray gif();
    // A ZIP archive storing `entries` (name, content) uncompressed.
    static QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>>& entries);
    // `bytes` followed by zero bytes up to `totalSize`, to reach an exact file size.
    static QByteArray padded(QByteArray bytes, qint64 totalSize);

private:
    QString m_directory;
};

} // namespace segurdesk::testing
