#pragma once

#include "app/dashboard/DossierRow.h"
#include "core/services/DossierSync.h"

namespace segurdesk::dashboard {

// What the user is told of the statuses a refresh found changed: a summary that names the one
// dossier or counts them, and a line per dossier ("Demande d'enrôlement ENR-2026-000012
// (Medimail) : Validée"), in the current language.
struct StatusNotice
{
    QString summary;
    QString body;

    bool isEmpty() const { return summary.isEmpty(); }
};

// Empty when none of `changes` is among `rows`, the rows of the refresh that found them.
StatusNotice statusNotice(const QList<DossierRow>& rows, const QList<services::StatusChange>& changes);

} // namespace segurdesk::dashboard
