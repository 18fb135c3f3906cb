#include "sandbox/services/DecisionLetter.h"

#include "sandbox/services/PdfPage.h"

#include <QLocale>

namespace segurdesk::sandbox {

namespace {

QString euros(const QString& amount)
{
    return QLocale(QLocale::French, QLocale::France).toString(amount.toDouble(), 'f', 2) + QStringLiteral(" €");
}

} // namespace

QByteArray DecisionLetter::render(const Data& data)
{
    PdfPage page(tr("Decision to grant the advance %1").arg(data.advanceNumber));
    page.paragraph(
        tr("Paris, %1")
            .arg(QLocale(QLocale::French, QLocale::France).toString(data.decidedAt.date(), QLocale::LongFormat)));
    page.gap();
    page.paragraph(data.companyName + QLatin1Char('\n') + data.address);
    page.gap();
    page.heading(tr("Decision to grant a Ségur Numérique advance — MSS operators"));
    page.line(tr("Enrollment dossier"), data.enrollmentNumber);
    page.line(tr("Advance request"), data.advanceNumber);
    page.line(tr("SIRET"), data.siret);
    page.line(tr("Amount excluding VAT"), euros(data.amountHt));
    page.line(tr("VAT rate"), data.vatLabel);
    page.line(tr("Amount including VAT"), euros(data.amountTtc));
    page.gap();
    page.paragraph(tr("In application of the %1, the Agence de services et de paiement grants the operator named above "
                      "the fixed part of the funding as an advance. It will be paid to the bank account given at "
                      "enrollment.")
                       .arg(data.reference));
    page.gap(10);
    page.paragraph(tr("For the Chief Executive Officer of the ASP, by delegation."));
    return page.finish();
}

} // namespace segurdesk::sandbox
