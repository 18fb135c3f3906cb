#pragma once

#include "core/services/DraftSubmission.h"
#include "core/storage/OutboxEntry.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QTextStream>

namespace segurdesk::services {
class DossierImporter;
class LocalData;
} // namespace segurdesk::services

namespace segurdesk::cli {

// What `submit` did with one dossier, as its summary table shows it.
struct SubmitRow
{
    QString target;
    QString result; // sent, already_sent, invalid, refused, pending
    QString number;
    QDateTime receivedAt;
    QString detail;
};

// One run of `submit`, driven by the event loop: the entries an earlier run left pending
// first, then each target (a dossier file, validated and imported as a draft, or a draft id),
// one after another through services::DraftSubmission. Writes a progress line per step to
// `err` ("[12/300] dossier-012.json … envoyé") and asks for each captcha code on stdin.
// finished() follows start(), from the event loop, once every dossier has its row.
class SubmitBatch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitBatch)

public:
    SubmitBatch(services::LocalData& store, services::DraftSubmission& submission, QList<storage::OutboxEntry> pending,
                QStringList targets, QTextStream& err);
    ~SubmitBatch() override;

    void start();
    const QList<SubmitRow>& rows() const { return m_rows; }

    static QString resultLabel(const QString& result);

signals:
    void finished();

private:
    void next();
    // Prepares the next pending entry or target: false when it got its row without a submission.
    bool prepareResumed(storage::Draft& draft);
    bool prepareTarget(storage::Draft& draft);
    void progress(const QString& what);
    void onCaptchaRequested(const QByteArray& png, const QString& previousRefusal);
    void onFinished(const services::SubmissionOutcome& outcome);

    services::LocalData& m_store;
    services::DraftSubmission& m_submission;
    std::unique_ptr<services::DossierImporter> m_importer;
    QList<storage::OutboxEntry> m_pending;
    QStringList m_targets;
    QTextStream& m_err;
    // One reader for the whole run: a reader per code would keep the lines it read ahead.
    QTextStream m_in {stdin, QIODevice::ReadOnly};
    QList<SubmitRow> m_rows;
    qsizetype m_nextPending = 0;
    qsizetype m_nextTarget = 0;
    // The dossier in hand: its place in its list, the list's size, its label and its row's name.
    qsizetype m_position = 0;
    qsizetype m_count = 0;
    QString m_label;
    QString m_target;
};

} // namespace segurdesk::cli
