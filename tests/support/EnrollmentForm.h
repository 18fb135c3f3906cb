#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace segurdesk::test {

// A complete, valid enrollment as a client sends it: the JSON part and one real file per
// required document (PDFs drawn with QPdfWriter, a PNG from QImage), which tests then damage.
class EnrollmentForm
{
public:
    // The developer operator of referencing MSS-2022-0042, legal representative, VAT 20 %.
    explicit EnrollmentForm(const QString& email = QStringLiteral("marie.dupont@example.fr"));

    QJsonObject dossier;
    QMap<QString, QByteArray> documents; // part name → bytes

    void setCaptcha(const QString& id, const QString& answer);
    // Sets a member by dotted path ("applicant.siret"); a null value removes it.
    void set(const QString& path, const QJsonValue& value);

    // multipart/form-data body and its Content-Type.
    QByteArray body() const;
    QByteArray contentType() const;
    // Writes each document to `dir` as "<part name>.pdf" or ".png"; returns part name → path, or
    // an empty map when a file cannot be written.
    QMap<QString, QString> writeDocuments(const QString& dir) const;

    static QByteArray pdf(const QString& text = QStringLiteral("Pièce justificative"));
    static QByteArray png();
    // Random pixels do not compress: about 3 bytes per pixel, for uploads of a chosen size.
    static QByteArray noisePng(int width, int height);
};

} // namespace segurdesk::test
