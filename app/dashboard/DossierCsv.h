#pragma once

#include "app/dashboard/DossierRow.h"

#include <QHash>
#include <QStringList>

namespace segurdesk::dashboard {

// The dashboard's rows as a CSV file for a French spreadsheet: UTF-8 with a byte-order mark,
// ";" between fields, decimal commas, dates as dd/MM/yyyy HH:mm, fields quoted when they hold
// a ";", a quote or a line break. A cell that a spreadsheet would take for a formula (=, +, -,
// @) is written with a leading apostrophe, so that opening the file never runs what a company
// name holds.
class DossierCsv
{
public:
    // What the file says in words, taken on the GUI thread in the current language so that the
    // file can be written on a worker.
    struct Labels
    {
        QStringList headers;
        QString enrollment;
        QString advanceRequest;
        QHash<QString, QString> enrollmentStatuses; // by status id
        QHash<QString, QString> advanceStatuses;
    };
    static Labels currentLabels();

    static QByteArray toCsv(const QList<DossierRow>& rows, const Labels& labels);
    // Writes the file in full or not at all (QSaveFile). Blocking: for a worker. Returns the
    // problem, translated, or an empty string.
    static QString write(const QString& path, const QList<DossierRow>& rows, const Labels& labels);
};

} // namespace segurdesk::dashboard
