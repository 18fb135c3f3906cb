#include "sandbox/services/TemplateDocuments.h"

#include "sandbox/services/PdfPage.h"

#include <QHash>

namespace segurdesk::sandbox {

QStringList TemplateDocuments::names()
{
    return {QStringLiteral("service-contract"), QStringLiteral("mandate")};
}

QString TemplateDocuments::title(const QString& name)
{
    if (name == QLatin1String("service-contract"))
        return tr("Model service contract");
    if (name == QLatin1String("mandate"))
        return tr("Model mandate of the legal representative");
    return {};
}

QByteArray TemplateDocuments::render(const QString& name)
{
    if (!names().contains(name))
        return {};
    // Drawn once per process: the bytes (and so the ETag) stay stable between downloads.
    static QHash<QString, QByteArray> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    PdfPage page(title(name));
    page.heading(title(name));
    page.paragraph(tr("Ségur Numérique funding — MSS operators"));
    page.gap();
    const QString blank = QStringLiteral("______________________________");
    if (name == QLatin1String("service-contract")) {
        page.paragraph(tr("Between the company below, represented by its legal representative, and the management "
                          "centre or chartered accountant below, it is agreed that the latter files, in the company's "
                          "name, its enrollment and funding requests on the ASP's Ségur Numérique portal."));
        page.line(tr("Company (name, SIRET)"), blank);
        page.line(tr("Legal representative"), blank);
        page.line(tr("Service provider (name, SIRET)"), blank);
    } else {
        page.paragraph(
            tr("I, the undersigned legal representative of the company below, give my employee named below "
               "the mandate to file, in the company's name, its enrollment and funding requests on the ASP's "
               "Ségur Numérique portal."));
        page.line(tr("Company (name, SIRET)"), blank);
        page.line(tr("Legal representative"), blank);
        page.line(tr("Employee given the mandate"), blank);
    }
    page.gap(8);
    page.line(tr("Done at"), blank);
    page.line(tr("On"), blank);
    page.line(tr("Signatures"), blank);
    QByteArray pdf = page.finish();
    cache.insert(name, pdf);
    return pdf;
}

} // namespace segurdesk::sandbox
