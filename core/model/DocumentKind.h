#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace segurdesk::model {

// Every document an enrollment can carry, one per file field of the portal's form.
enum class DocumentKind {
    ReferencingCertificate,
    OperatorContract,
    PurchaseOrder,
    Kbis,
    RepresentativeId,
    DepositorId,
    ServiceContract,
    Mandate,
    Rib,
    VatExemptionCertificate,
};

QList<DocumentKind> allDocumentKinds();
// Stable key used in the dossier JSON ("documents.kbis") and as the multipart part name.
QString documentKey(DocumentKind kind);
std::optional<DocumentKind> documentKindFromKey(QStringView key);
// Translated field label ("Bon de commande").
QString documentLabel(DocumentKind kind);
// The wizard step (1..5) whose page holds the field.
int documentStep(DocumentKind kind);
// Field path of the document in FieldError ("documents.kbis").
QString documentField(DocumentKind kind);

} // namespace segurdesk::model
