#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/storage/SubmissionReceipt.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace segurdesk::enrollment {

// The dossier as the user reads it back: step by step, every field with its label and every
// document with its file's name, as HTML for the recap page and for the PDF the user keeps.
class RecapDocument
{
    Q_DECLARE_TR_FUNCTIONS(RecapDocument)

public:
    // With `editLinks`, each step's heading ends with a "Modifier" link to "step:N".
    static QString html(const model::Dossier& dossier, const model::AttachmentSet& attachments, bool editLinks);
    // The portal's receipt (dossier number, date) and the three mails to expect, in their order.
    static QString receiptSummary(const storage::SubmissionReceipt& receipt);
    // The summary, then the recap: the record of a submission.
    static QString receiptHtml(const storage::SubmissionReceipt& receipt, const model::Dossier& dossier,
                               const model::AttachmentSet& attachments);
    // Writes `html` as an A4 PDF at `path`, atomically. Paints text only: usable on a worker.
    static bool writePdf(const QString& html, const QString& path, QString* error);
    // Lays `html` out on the pages of `device` (a printer). Usable on a worker.
    static void print(const QString& html, QPagedPaintDevice* device);
};

} // namespace segurdesk::enrollment
