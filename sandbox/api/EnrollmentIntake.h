#pragma once

#include "core/files/FileInspection.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/http/MultipartParser.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/services/DossierValidator.h"

#include <QCoreApplication>
#include <QHash>

namespace segurdesk::sandbox {

// POST /api/v1/enrollments: the checks in the contract's order (call open, Idempotency-Key,
// sizes, multipart and JSON syntax, file types by content, captcha, fields and documents),
// then the dossier, its documents, its history, the acknowledgement mail and the stored
// answer in one transaction.
class EnrollmentIntake
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentIntake)

public:
    explicit EnrollmentIntake(SandboxServices& services);
    HttpResponse handle(RequestContext& context);

private:
    // Every problem with a file part, in the contract's precedence (413, then 415, then 422).
    // `inspections` receives the file inspector's verdict on every other document part.
    std::optional<Problem> checkFiles(const QList<MultipartPart>& parts,
                                      QHash<QString, files::FileInspection>* inspections) const;
    // SHA-256 (hex) of each part's data, computed once for the fingerprint and the storage.
    using Digests = QHash<QString, QString>;
    static QString fingerprint(const QJsonObject& dossier, const Digests& digests);
    bool store(const QString& key, const QString& fingerprint, const DossierValidator::Result& dossier,
               const QList<MultipartPart>& parts, const QHash<QString, files::FileInspection>& inspections,
               const Digests& digests, HttpResponse* response);

    SandboxServices& m_services;
};

} // namespace segurdesk::sandbox
