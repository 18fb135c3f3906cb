#pragma once

#include "core/validation/ValidationResult.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/http/Problem.h"
#include "sandbox/store/Fixtures.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace segurdesk::sandbox {

// Checks the JSON part of an enrollment (DossierInput of the contract) with the same
// validators as the client (core/validation), plus what only the portal knows (referencing
// registry, company directory), and says which document parts the dossier requires.
// Members the portal decides (status, number, amounts, owner, dsr, domiciliation...) are
// not copied into `normalized`: a client cannot set them.
class DossierValidator
{
    Q_DECLARE_TR_FUNCTIONS(DossierValidator)

public:
    struct Result
    {
        QList<FieldError> errors;
        QJsonObject normalized; // the stored dossier: known members only, normalised values
        QStringList requiredDocuments;
        QString role; // developer | buyer
        QString developerSiret;
        QString companyName;
        QString tradeName;
        QString contactEmail; // the depositor when there is one, else the representative
        QString contactName;
        QString domiciliation;
        QJsonObject referencing; // the registry entry
    };

    static const QStringList& documentParts();

    DossierValidator(const Fixtures& fixtures, const QList<VatRate>& vatRates);
    // `presentDocuments` are the non-empty document parts received.
    Result validate(const QJsonObject& dossier, const QSet<QString>& presentDocuments);

private:
    QString text(const QJsonObject& object, const QString& key, const QString& path, bool required,
                 int maxLength = 200);
    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path);
    QJsonObject person(const QJsonObject& dossier, const QString& key);
    QJsonObject address(const QJsonObject& applicant);
    void error(const QString& field, const QString& code, const QString& message);
    void check(const QString& field, const ValidationResult& result);

    const Fixtures& m_fixtures;
    QList<VatRate> m_vatRates;
    Result m_result;
};

} // namespace segurdesk::sandbox
