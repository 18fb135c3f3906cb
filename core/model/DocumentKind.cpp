#include "core/model/DocumentKind.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::model {

namespace {

struct DocumentInfo
{
    DocumentKind kind;
    const char* key;
    const char* label;
    int step;
};

// Indexed by the enum value: keep in the declaration order of DocumentKind.
constexpr std::array<DocumentInfo, 10> kDocuments = {{
    {DocumentKind::ReferencingCertificate, "referencing_certificate",
     QT_TRANSLATE_NOOP("DocumentKind", "ANS referencing certificate"), 1},
    {DocumentKind::OperatorContract, "operator_contract", QT_TRANSLATE_NOOP("DocumentKind", "Operator contract V2"), 1},
    {DocumentKind::PurchaseOrder, "purchase_order", QT_TRANSLATE_NOOP("DocumentKind", "Purchase order"), 2},
    {DocumentKind::Kbis, "kbis", QT_TRANSLATE_NOOP("DocumentKind", "Kbis extract"), 2},
    {DocumentKind::RepresentativeId, "representative_id_document",
     QT_TRANSLATE_NOOP("DocumentKind", "Legal representative's identity document"), 2},
    {DocumentKind::DepositorId, "depositor_id_document",
     QT_TRANSLATE_NOOP("DocumentKind", "Depositor's identity document"), 2},
    {DocumentKind::ServiceContract, "service_contract", QT_TRANSLATE_NOOP("DocumentKind", "Service contract"), 2},
    {DocumentKind::Mandate, "mandate", QT_TRANSLATE_NOOP("DocumentKind", "Legal representative's mandate"), 2},
    {DocumentKind::Rib, "rib", QT_TRANSLATE_NOOP("DocumentKind", "Bank details (RIB)"), 3},
    {DocumentKind::VatExemptionCertificate, "vat_exemption_certificate",
     QT_TRANSLATE_NOOP("DocumentKind", "VAT non-liability certificate"), 4},
}};

constexpr bool tableMatchesEnum()
{
    for (std::size_t i = 0; i < kDocuments.size(); ++i) {
        if (static_cast<std::size_t>(kDocuments[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "kDocuments must follow the order of DocumentKind");

const DocumentInfo& info(DocumentKind kind)
{
    return kDocuments[static_cast<std::size_t>(kind)];
}

} // namespace

QList<DocumentKind> allDocumentKinds()
{
    QList<DocumentKind> kinds;
    for (const auto& document : kDocuments)
        kinds.append(document.kind);
    return kinds;
}

QString documentKey(DocumentKind kind)
{
    return QLatin1String(info(kind).key);
}

std::optional<DocumentKind> documentKindFromKey(QStringView key)
{
    for (const auto& document : kDocuments) {
        if (key == QLatin1String(document.key))
            return document.kind;
    }
    return std::nullopt;
}

QString documentLabel(DocumentKind kind)
{
    return QCoreApplication::translate("DocumentKind", info(kind).label);
}

int documentStep(DocumentKind kind)
{
    return info(kind).step;
}

QString documentField(DocumentKind kind)
{
    return QStringLiteral("documents.") + documentKey(kind);
}

} // namespace segurdesk::model
