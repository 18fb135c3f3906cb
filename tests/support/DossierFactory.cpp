#include "tests/support/DossierFactory.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

namespace segurdesk::test {

namespace {

bool writePdf(const QString& path, const QString& title, qint64 padTo)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), title);
    }
    QFile file(path);
    if (padTo <= 0 || !file.open(QIODevice::Append))
        return file.exists();
    // Trailing whitespace after %%EOF: a big document every PDF reader still opens.
    const qint64 missing = padTo - file.size();
    if (missing > 0)
        file.write(QByteArray(missing, '\n'));
    return true;
}

} // namespace

DossierFactory::DossierFactory(QString dir, qint64 documentBytes)
    : m_dir(std::move(dir))
{
    QDir(m_dir).mkpath(QStringLiteral("pieces"));
    const QDir pieces(QDir(m_dir).filePath(QStringLiteral("pieces")));
    writePdf(pieces.filePath(QStringLiteral("certificat.pdf")), QStringLiteral("Certificat de référencement"),
             documentBytes);
    writePdf(pieces.filePath(QStringLiteral("contrat.pdf")), QStringLiteral("Contrat opérateur V2"), documentBytes);
    writePdf(pieces.filePath(QStringLiteral("rib.pdf")), QStringLiteral("Relevé d'identité bancaire"), documentBytes);
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.save(pieces.filePath(QStringLiteral("cni.png")), "PNG");
    image.save(pieces.filePath(QStringLiteral("cni.jpg")), "JPEG");
}

QString DossierFactory::tradeName(int index)
{
    return QStringLiteral("Messagerie e2e %1").arg(index, 4, 10, QLatin1Char('0'));
}

QJsonObject DossierFactory::dossierJson(int index) const
{
    const QJsonObject person {
        {QStringLiteral("last_name"), QString::fromUtf8(LastName)},
        {QStringLiteral("first_name"), QStringLiteral("Maëlys")},
        {QStringLiteral("email"), QStringLiteral("m.kowalczyk@medimail.example.fr")},
        {QStringLiteral("email_confirmation"), QStringLiteral("m.kowalczyk@medimail.example.fr")},
        {QStringLiteral("phone"), QStringLiteral("06 12 34 56 78")},
        {QStringLiteral("id_document_type"), QStringLiteral("national_id")},
    };
    return QJsonObject {
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("referencing"), QJsonObject {{QStringLiteral("number"), QStringLiteral("MSS-2022-0042")}}},
        {QStringLiteral("applicant"),
         QJsonObject {{QStringLiteral("siret"), QString::fromLatin1(Siret)},
                      {QStringLiteral("company_name"), QStringLiteral("MEDIMAIL CONNECT SA")},
                      {QStringLiteral("trade_name"), tradeName(index)},
                      {QStringLiteral("address"),
                       QJsonObject {{QStringLiteral("street"), QStringLiteral("10 quai de la Fosse")},
                                    {QStringLiteral("postal_code"), QStringLiteral("44000")},
                                    {QStringLiteral("city"), QStringLiteral("NANTES")}}},
                      {QStringLiteral("is_legal_representative"), true}}},
        {QStringLiteral("representative"), person},
        {QStringLiteral("bank"),
         QJsonObject {{QStringLiteral("iban"), QString::fromLatin1(Iban)},
                      {QStringLiteral("bic"), QStringLiteral("AGRIFRPP")},
                      {QStringLiteral("holder"), QStringLiteral("MEDIMAIL CONNECT SA")}}},
        {QStringLiteral("vat_rate"), QStringLiteral("20")},
        {QStringLiteral("declarations"),
         QJsonObject {{QStringLiteral("terms_of_use"), true},
                      {QStringLiteral("penal_code_441_7"), true},
                      {QStringLiteral("information_authentic"), true}}},
        {QStringLiteral("documents"),
         QJsonObject {{QStringLiteral("referencing_certificate"), QStringLiteral("pieces/certificat.pdf")},
                      {QStringLiteral("operator_contract"), QStringLiteral("pieces/contrat.pdf")},
                      {QStringLiteral("representative_id_document"), QStringLiteral("pieces/cni.png")},
                      {QStringLiteral("rib"), QStringLiteral("pieces/rib.pdf")}}},
    };
}

QString DossierFactory::write(int index) const
{
    return write(index, dossierJson(index));
}

QString DossierFactory::write(int index, const QJsonObject& json) const
{
    QString path = QDir(m_dir).filePath(QStringLiteral("dossier-%1.json").arg(index, 4, 10, QLatin1Char('0')));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(json).toJson());
    return path;
}

} // namespace segurdesk::test
