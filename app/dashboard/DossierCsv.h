#pragma once

#include "app/dashboard/DossierRow.h"

namespace segurdesk::dashboard {

// The dashboard's rows as a CSV file for a French spreadsheet: UTF-8 with a byte-order mark,
// ";" between fields, decimal commas, dates as dd/MM/yyyy HH:mm, fields quoted when they hold
// a ";", a quote or a line break. A cell that a spreadsheet would take for a formula (=, +, -,
// @, a tab or a carriage return first) is written with a leading apostrophe, so that opening the
// file never runs what a company name holds. Words are in the current language. Plain functions,
// for any thread (QCoreApplication::translate is thread-safe).
class DossierCsv
{
public:
    static QByteArray toCsv(const QList<DossierRow>& rows);
    // Writes the file in full or not at all (QSaveFile). Blocking: for a worker. Returns the
    // problem, translated, or an empty string.
    static QString write(const QString& path, const QList<DossierRow>& rows);
};

} // namespace segurdesk::dashboard
