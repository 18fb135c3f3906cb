#include "cli/SubmitBatch.h"

#include "cli/FieldErrorText.h"
#include "cli/OpenLocalData.h"
#include "core/model/DossierFile.h"
#include "core/model/DossierValidator.h"
#include "core/services/DossierImporter.h"
#include "core/services/DraftDossier.h"
#include "core/storage/DraftStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace segurdesk::cli {

namespace {

QString outcomeId(services::SubmissionOutcome::Kind kind)
{
    switch (kind) {
    case services::SubmissionOutcome::Sent:
        return QStringLiteral("sent");
    case services::SubmissionOutcome::AlreadySent:
        return QStringLiteral("already_sent");
    case services::SubmissionOutcome::Refused:
        return QStringLiteral("refused");
    case services::SubmissionOutcome::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

SubmitBatch::SubmitBatch(services::LocalData& store, services::DraftSubmission& submission,
                         QList<storage::OutboxEntry> pending, QStringList targets, QTextStream& err)
    : m_store(store)
    , m_submission(submission)
    , m_importer(std::make_unique<services::DossierImporter>(store.drafts()))
    , m_pending(std::move(pending))
    , m_targets(std::move(targets))
    , m_err(err)
{
    connect(&m_submission, &services::DraftSubmission::uploadStarted, this,
            [this] { progress(QCoreApplication::translate("cli", "sending")); });
    connect(&m_submission, &services::DraftSubmission::captchaRequested, this, &SubmitBatch::onCaptchaRequested);
    connect(&m_submission, &services::DraftSubmission::finished, this, &SubmitBatch::onFinished);
}

SubmitBatch::~SubmitBatch() = default;

QString SubmitBatch::resultLabel(const QString& result)
{
    if (result == QLatin1String("sent"))
        return QCoreApplication::translate("cli", "sent");
    if (result == QLatin1String("already_sent"))
        return QCoreApplication::translate("cli", "already sent");
    if (result == QLatin1String("invalid"))
        return QCoreApplication::translate("cli", "invalid");
    if (result == QLatin1String("refused"))
        return QCoreApplication::translate("cli", "refused");
    return QCoreApplication::translate("cli", "pending");
}

void SubmitBatch::start()
{
    QMetaObject::invokeMethod(this, &SubmitBatch::next, Qt::QueuedConnection);
}

void SubmitBatch::next()
{
    storage::Draft draft;
    // A run that was killed left its submissions pending: they go first, with their own keys.
    while (m_nextPending < m_pending.size()) {
        m_position = m_nextPending++;
        m_count = m_pending.size();
        if (prepareResumed(draft))
            return m_submission.submit(draft);
    }
    while (m_nextTarget < m_targets.size()) {
        m_position = m_nextTarget++;
        m_count = m_targets.size();
        if (prepareTarget(draft))
            return m_submission.submit(draft);
    }
    emit finished();
}

bool SubmitBatch::prepareResumed(storage::Draft& draft)
{
    m_label = QCoreApplication::translate("cli", "draft %1").arg(m_pending.at(m_position).draftId);
    m_target = m_label;
    progress(QCoreApplication::translate("cli", "resuming"));
    if (storage::StorageError error = m_store.drafts().load(m_pending.at(m_position).draftId, draft)) {
        m_rows.append({m_target, QStringLiteral("pending"), {}, {}, error.message()});
        return false;
    }
    return true;
}

bool SubmitBatch::prepareTarget(storage::Draft& draft)
{
    m_target = m_targets.at(m_position);
    m_label = QFileInfo(m_target).fileName();
    progress(QCoreApplication::translate("cli", "checking"));
    const auto refuseInvalid = [&](const model::FieldErrors& errors) {
        printFieldErrors(m_err, m_target, errors);
        m_rows.append({m_target,
                       QStringLiteral("invalid"),
                       {},
                       {},
                       QCoreApplication::translate("cli", "%1 error(s), nothing sent").arg(blockingCount(errors))});
        progress(resultLabel(QStringLiteral("invalid")));
        return false;
    };
    if (QFileInfo(m_target).isFile()) {
        const model::DossierFile::Loaded loaded = model::DossierFile::load(m_target);
        const model::FieldErrors errors = model::mergeFieldErrors(
            loaded.errors, model::DossierValidator().validate(loaded.dossier, loaded.attachments));
        if (model::hasBlockingError(errors))
            return refuseInvalid(errors);
        if (storage::StorageError error = m_importer->import(loaded, draft)) {
            m_rows.append({m_target, QStringLiteral("pending"), {}, {}, error.message()});
            return false;
        }
        return true;
    }
    if (storage::StorageError error = m_store.drafts().load(m_target, draft)) {
        m_rows.append({m_target, QStringLiteral("invalid"), {}, {}, error.message()});
        progress(resultLabel(QStringLiteral("invalid")));
        return false;
    }
    const model::FieldErrors errors = services::DraftDossier::fromDraft(draft).validate();
    if (draft.isEditable() && model::hasBlockingError(errors))
        return refuseInvalid(errors);
    return true;
}

void SubmitBatch::progress(const QString& what)
{
    m_err << QStringLiteral("[%1/%2] %3 … %4").arg(m_position + 1).arg(m_count).arg(m_label, what) << Qt::endl;
}

void SubmitBatch::onCaptchaRequested(const QByteArray& png, const QString& previousRefusal)
{
    if (!previousRefusal.isEmpty())
        m_err << previousRefusal << Qt::endl;
    // A fresh file of the user's own (O_EXCL, mode 0600, unpredictable name) that nothing planted
    // in the temporary folder can redirect; it is removed once the code is typed.
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("segurdesk-captcha-XXXXXX.png")));
    if (!file.open() || file.write(png) != png.size() || !file.flush()) {
        m_err << QCoreApplication::translate("cli", "The captcha image cannot be written to %1.").arg(QDir::tempPath())
              << Qt::endl;
        return m_submission.answerCaptcha({});
    }
    m_err << QCoreApplication::translate("cli", "Captcha image: %1 — type its code: ").arg(file.fileName())
          << Qt::flush;
    // The command has nothing else to do while the user reads the image.
    m_submission.answerCaptcha(m_in.readLine().trimmed());
}

void SubmitBatch::onFinished(const services::SubmissionOutcome& outcome)
{
    const QString result = outcomeId(outcome.kind);
    progress(resultLabel(result));
    QString detail = outcome.message;
    if (outcome.fixedAnswerRefused && detail.isEmpty())
        detail = QCoreApplication::translate("cli", "Not sent: the portal refused the code given with --captcha.");
    else if (outcome.fixedAnswerRefused)
        detail
            = QCoreApplication::translate("cli",
                                          "The portal refused the captcha code given with --captcha: run the command "
                                          "again without --captcha to type the code of each image. Nothing was "
                                          "lost: the dossier will be sent first.")
            + QStringLiteral(" (") + detail + u')';
    m_rows.append({m_target, result, outcome.receipt.number, outcome.receipt.receivedAt, detail});
    next();
}

} // namespace segurdesk::cli
