#pragma once

#include "core/files/FileInspection.h"
#include "core/model/Dossier.h"
#include "core/model/DossierRules.h"
#include "sandbox/http/Problem.h"
#include "sandbox/store/Fixtures.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace segurdesk::sandbox {

// The portal's side of dossier validation. The rules themselves are core/model's
// (DossierJson reads the `dossier` part as PortalInput, DossierValidator judges every field
// and document with core/validation and the file inspections); this class adds what only
// the portal knows: the referencing registry (DSR, developer operator's SIRET, hence the
// acheteur rule), the company directory (whether the dénomination was edited, hence the
// Kbis rule) and the bank directory (domiciliation). Members the portal decides are never
// read from the client.
class DossierValidator
{
    Q_DECLARE_TR_FUNCTIONS(DossierValidator)

public:
    struct Result
    {
        QList<FieldError> errors; // blocking ones only: warnings never refuse a dossier
        model::Dossier dossier;
        QJsonObject stored; // what GET /enrollments/{id} shows as `dossier`
        QStringList requiredDocuments;
        QString siret; // normalised
        QString role; // developer | buyer
        QString contactEmail; // the depositor when there is one, else the representative
        QString contactName;
        QString domiciliation;
    };

    DossierValidator(const Fixtures& fixtures, const model::DossierRules& rules);
    // `inspections`: the inspection of each non-empty document part, by part name.
    Result validate(const QJsonObject& dossier, const QHash<QString, files::FileInspection>& inspections) const;

private:
    const Fixtures& m_fixtures;
    model::DossierRules m_rules;
};

} // namespace segurdesk::sandbox
