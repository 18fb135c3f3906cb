#include "DossierFixtures.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

namespace segurdesk::model::fixtures {

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

DocumentFiles::DocumentFiles()
{
    {
        QPdfWriter writer(absolute(Pdf));
        writer.setTitle(QStringLiteral("Pièce justificative"));
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Certificat de référencement — test"));
    }
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    EXPECT_TRUE(image.save(absolute(Png), "PNG"));
    EXPECT_TRUE(image.save(absolute(Jpeg), "JPEG"));

    writeFile(absolute(TextNamedPdf), QByteArrayLiteral("Bonjour, voici mon RIB.\n"));
    const QByteArray pdf = readFile(absolute(Pdf));
    writeFile(absolute(TruncatedPdf), pdf.left(pdf.size() / 2));
    const QByteArray png = readFile(absolute(Png));
    writeFile(absolute(TruncatedPng), png.left(png.size() / 2));
    QByteArray oversize = pdf;
    oversize.append(QByteArray(4 * 1024 * 1024 + 1 - pdf.size(), '\n'));
    writeFile(absolute(OversizePdf), oversize);
}

Dossier validDossier()
{
    Dossier d;
    d.referencing
        = {QStringLiteral("MSS-2022-0042"), QStringLiteral("MSS Opérateurs"), QStringLiteral("Messagerie Santé Plus"),
           QString::fromLatin1(kApplicantSiret), QStringLiteral("Éditions Exemple")};
    d.applicant.siret = QStringLiteral("732 829 320 00074");
    d.applicant.companyName = QStringLiteral("Éditions Exemple SAS");
    d.applicant.tradeName = QStringLiteral("Messagerie Santé Plus");
    d.applicant.address = {QStringLiteral("9 rue du Colonel Pierre Avia"),
                           QStringLiteral("75015"),
                           QStringLiteral("Paris"),
                           QString(),
                           QStringLiteral("Bâtiment B"),
                           QString(),
                           QString()};
    d.applicant.isLegalRepresentative = true;
    d.representative = {QStringLiteral("Lefèvre"),
                        QStringLiteral("Anne-Marie"),
                        QStringLiteral("am.lefevre@exemple.fr"),
                        QStringLiteral("am.lefevre@exemple.fr"),
                        QStringLiteral("06 12 34 56 78"),
                        IdentityDocumentType::NationalIdCard};
    d.bank = {QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("AGRIFRPP"),
              QStringLiteral("Éditions Exemple SAS"), QStringLiteral("Crédit Agricole")};
    d.vatRate = VatRate::fromHundredths(2000);
    d.declarations = {true, true, true};
    d.documents = {
        {DocumentKind::ReferencingCertificate, DocumentFiles::Pdf},
        {DocumentKind::OperatorContract, DocumentFiles::Pdf},
        {DocumentKind::RepresentativeId, DocumentFiles::Png},
        {DocumentKind::Rib, DocumentFiles::Jpeg},
    };
    return d;
}

Dossier validThirdPartyDossier()
{
    Dossier d = validDossier();
    d.applicant.isLegalRepresentative = false;
    d.depositor = {QStringLiteral("N'Diaye"),
                   QStringLiteral("Awa"),
                   QStringLiteral("awa.ndiaye@cabinet-compta.fr"),
                   QStringLiteral("awa.ndiaye@cabinet-compta.fr"),
                   QStringLiteral("+33 1 23 45 67 89"),
                   IdentityDocumentType::Passport};
    d.thirdPartyRole = ThirdPartyRole::Accountant;
    d.documents.insert(DocumentKind::DepositorId, DocumentFiles::Png);
    d.documents.insert(DocumentKind::ServiceContract, DocumentFiles::Pdf);
    return d;
}

} // namespace segurdesk::model::fixtures
