#include "tests/support/EnrollmentForm.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QStringList>

namespace segurdesk::test {

namespace {

QByteArray boundary()
{
    return QByteArrayLiteral("----segurdesk-test-boundary-7MA4YWxkTrZu0gW");
}

} // namespace

EnrollmentForm::EnrollmentForm(const QString& email)
{
    const auto person = [&email](const char* last, const char* first) {
        return QJsonObject {{QStringLiteral("last_name"), QString::fromUtf8(last)},
                            {QStringLiteral("first_name"), QString::fromUtf8(first)},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("email_confirmation"), email},
                            {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")},
                            {QStringLiteral("id_document_type"), QStringLiteral("passport")}};
    };
    dossier = QJsonObject {
        {QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), QStringLiteral("MSS-2022-0042")}}},
        {QStringLiteral("applicant"),
         QJsonObject {{QStringLiteral("siret"), QStringLiteral("588 163 022 00019")},
                      {QStringLiteral("company_name"), QStringLiteral("MEDIMAIL CONNECT SA")},
                      {QStringLiteral("trade_name"), QStringLiteral("Medimail")},
                      {QStringLiteral("address"),
                       QJsonObject {{QStringLiteral("street"), QStringLiteral("12 quai Marcel Boyer")},
                                    {QStringLiteral("postal_code"), QStringLiteral("94200")},
                                    {QStringLiteral("city"), QStringLiteral("IVRY-SUR-SEINE")}}},
                      {QStringLiteral("is_legal_representative"), true}}},
        {QStringLiteral("representative"), person("Dupont", "Marie")},
        {QStringLiteral("bank"),
         QJsonObject {{QStringLiteral("iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189")},
                      {QStringLiteral("bic"), QStringLiteral("BNPAFRPP")},
                      {QStringLiteral("holder"), QStringLiteral("Medimail Connect SA")}}},
        {QStringLiteral("vat_rate"), QStringLiteral("20")},
        {QStringLiteral("declarations"),
         QJsonObject {{QStringLiteral("terms_of_use"), true},
                      {QStringLiteral("penal_code_441_7"), true},
                      {QStringLiteral("information_authentic"), true}}},
    };
    documents.insert(QStringLiteral("referencing_certificate"), pdf(QStringLiteral("Certificat de référencement")));
    documents.insert(QStringLiteral("operator_contract"), pdf(QStringLiteral("Contrat opérateur V2")));
    documents.insert(QStringLiteral("representative_id_document"), png());
    documents.insert(QStringLiteral("rib"), pdf(QStringLiteral("RIB")));
}

void EnrollmentForm::setCaptcha(const QString& id, const QString& answer)
{
    dossier.insert(QStringLiteral("captcha"),
                   QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("answer"), answer}});
}

namespace {

QJsonObject setPath(QJsonObject object, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isNull())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, setPath(object.value(key).toObject(), path, value));
    }
    return object;
}

} // namespace

void EnrollmentForm::set(const QString& path, const QJsonValue& value)
{
    dossier = setPath(dossier, path.split(QLatin1Char('.')), value);
}

QByteArray EnrollmentForm::body() const
{
    QByteArray body;
    body += "--" + boundary()
        + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
          "Content-Type: application/json\r\n\r\n";
    body += QJsonDocument(dossier).toJson(QJsonDocument::Compact) + "\r\n";
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        body += "--" + boundary() + "\r\nContent-Disposition: form-data; name=\"" + it.key().toUtf8()
            + "\"; filename=\"" + it.key().toUtf8() + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body += it.value() + "\r\n";
    }
    body += "--" + boundary() + "--\r\n";
    return body;
}

QByteArray EnrollmentForm::contentType() const
{
    return "multipart/form-data; boundary=" + boundary();
}

QMap<QString, QString> EnrollmentForm::writeDocuments(const QString& dir) const
{
    QMap<QString, QString> paths;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        const QString path = QDir(dir).filePath(
            it.key() + (it.value().startsWith("%PDF") ? QStringLiteral(".pdf") : QStringLiteral(".png")));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
            return {};
        paths.insert(it.key(), path);
    }
    return paths;
}

QByteArray EnrollmentForm::pdf(const QString& text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(200, 200, text);
    painter.end();
    return bytes;
}

QByteArray EnrollmentForm::png()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray EnrollmentForm::noisePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace segurdesk::test
