#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace segurdesk::sandbox {

// Model documents offered for download: "service-contract" (contrat de prestation) and
// "mandate" (mandat du représentant légal). Real PDFs, drawn on demand.
class TemplateDocuments
{
    Q_DECLARE_TR_FUNCTIONS(TemplateDocuments)

public:
    static QStringList names();
    static QString title(const QString& name);
    // Empty for an unknown name.
    static QByteArray render(const QString& name);
};

} // namespace segurdesk::sandbox
