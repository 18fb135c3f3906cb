#include "cli/Submitter.h"

#include "cli/DraftAttachmentDevice.h"
#include "cli/DraftDossier.h"
#include "cli/LocalStore.h"
#include "cli/PortalSession.h"
#include "core/model/DossierJson.h"
#include "core/model/DossierValidator.h"
#include "core/portal/CaptchaRequest.h"
#include "core/portal/EnrollmentSubmission.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>

namespace segurdesk::cli {

namespace {

// Faults that say nothing about the dossier: the same key is sent again.
bool isTransient(const portal::PortalError& error)
{
    using Code = portal::PortalErrorCode;
    switch (error.code) {
    case Code::ConnectionFailed:
    case Code::ConnectionLost:
    case Code::Timeout:
    case Code::IdempotencyInProgress:
    case Code::TooManyRequests:
    case Code::InternalError:
    case Code::ServiceUnavailable:
    case Code::ServerError:
    case Code::MalformedReply:
        return true;
    default:
        return error.httpStatus >= 500;
    }
}

bool isOnlyCaptchaProblem(const portal::PortalError& error)
{
    if (error.code != portal::PortalErrorCode::ValidationFailed || error.fieldErrors.isEmpty())
        return false;
    return std::all_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(), [](const model::FieldError& field) {
        return field.field.startsWith(QLatin1String("captcha")) || field.code.startsWith(QLatin1String("captcha."));
    });
}

QString fixedCaptchaRefusedText()
{
    return QCoreApplication::translate("cli",
                                       "The portal refused the captcha code given with --captcha: run the command "
                                       "again without --captcha to type the code of each image. Nothing was lost: "
                                       "the dossier will be sent first.");
}

QString refusalText(const portal::PortalError& error)
{
    QStringList lines {error.message()};
    for (const model::FieldError& field : error.fieldErrors)
        lines << QStringLiteral("%1: %2 [%3]").arg(field.field, field.message, field.code);
    if (!error.requestId.isEmpty())
        lines << QCoreApplication::translate("cli", "request id %1").arg(error.requestId);
    return lines.join(QStringLiteral("; "));
}

} // namespace

Submitter::Submitter(LocalStore& store, PortalSession& session, QString captchaAnswer, QTextStream& err)
    : m_store(store)
    , m_session(session)
    , m_captchaAnswer(std::move(captchaAnswer))
    , m_err(err)
{ }

Submitter::Outcome Submitter::submit(const storage::Draft& draft, const std::function<void(const QString&)>& progress)
{
    if (draft.state() == storage::Draft::State::Submitted)
        return {Outcome::AlreadySent, draft.receipt(), {}};
    // Checked before anything is recorded: a dossier the run will not send stays as it was.
    if (m_captchaRefused)
        return {Outcome::Pending,
                {},
                QCoreApplication::translate("cli", "Not sent: the portal refused the code given with --captcha.")};
    QString key;
    if (const storage::StorageError error = m_store.outbox().record(draft.id(), draft.payloadHash(), key)) {
        switch (error.code()) {
        case storage::StorageError::AlreadySubmitted:
            return alreadySent(draft);
        case storage::StorageError::UnchangedSinceRefusal:
            return {Outcome::Refused, {}, error.message()};
        default:
            // Nothing was sent: the local data could not record the submission.
            return {Outcome::Pending, {}, error.message()};
        }
    }
    if (storage::StorageError error = m_store.drafts().markSubmitting(draft.id(), key))
        return {Outcome::Pending, {}, error.message()};
    return send(draft, key, progress);
}

Submitter::Outcome Submitter::send(const storage::Draft& draft, const QString& key,
                                   const std::function<void(const QString&)>& progress)
{
    const DraftDossier content = DraftDossier::fromDraft(draft);
    QList<portal::UploadDocument> documents;
    for (const model::DocumentKind kind : model::DossierValidator::requiredDocuments(content.dossier)) {
        if (draft.attachment(model::documentKey(kind)))
            documents << draftUploadDocument(m_store.drafts(), draft, model::documentKey(kind));
    }
    const QJsonObject input = model::DossierJson::toJson(content.dossier, model::DossierJson::Mode::PortalInput);
    QString lastProblem;
    for (int round = 0; round < MaxCaptchaRounds; ++round) {
        portal::CaptchaRequest captchaRequest(m_session.client());
        PortalSession::await(captchaRequest);
        if (!captchaRequest.succeeded())
            return {Outcome::Pending, {}, captchaRequest.error().message()};
        const QString answer = captchaCode(captchaRequest.value().png);
        if (answer.isEmpty())
            return {Outcome::Pending, {}, QCoreApplication::translate("cli", "No captcha code was given.")};
        QJsonObject withCaptcha = input;
        withCaptcha.insert(
            QStringLiteral("captcha"),
            QJsonObject {{QStringLiteral("id"), captchaRequest.value().id}, {QStringLiteral("answer"), answer}});
        portal::EnrollmentSubmission submission(m_session.client(), withCaptcha, documents, key.toLatin1());
        if (const storage::StorageError error = m_store.outbox().noteAttempt(key))
            return {Outcome::Pending, {}, error.message()};
        progress(QCoreApplication::translate("cli", "sending"));
        PortalSession::await(submission);
        if (submission.succeeded()) {
            const portal::EnrollmentReceipt& value = submission.value();
            const storage::SubmissionReceipt receipt {value.id, value.number, value.receivedAt};
            if (storage::StorageError error = m_store.outbox().acknowledge(key, receipt))
                return {Outcome::Pending, receipt, error.message()};
            // On the portal and on record: a draft left unmarked is marked by the next run.
            return {Outcome::Sent, receipt, m_store.drafts().markSubmitted(draft.id(), receipt).message()};
        }
        const portal::PortalError& error = submission.error();
        lastProblem = refusalText(error);
        if (isOnlyCaptchaProblem(error)) {
            // A code given on the command line is the same for every image: asking the portal
            // again would upload the whole dossier again for the same refusal. The entry stays
            // pending with its key, and the next run resends it. Only a refusal of the upload's
            // first attempt says so: a resend of the same body after a lost connection may find
            // its captcha already used, which a new image cures.
            if (!m_captchaAnswer.isEmpty() && submission.attempts() == 1) {
                m_captchaRefused = true;
                return {Outcome::Pending, {}, fixedCaptchaRefusedText() + QStringLiteral(" (") + lastProblem + u')'};
            }
            if (m_captchaAnswer.isEmpty())
                m_err << error.message() << Qt::endl;
            continue;
        }
        if (!isTransient(error)) {
            // The draft is reopened only once the refusal is on record: an editable draft beside a
            // pending entry would be resent as it was while the user corrects it.
            const QJsonObject problem = QJsonDocument::fromJson(error.portalAnswer.toUtf8()).object();
            storage::StorageError stored = m_store.outbox().markFailed(key, problem);
            if (!stored)
                stored = m_store.drafts().reopen(draft.id());
            if (stored)
                lastProblem += QStringLiteral("; ") + stored.message();
            return {Outcome::Refused, {}, lastProblem};
        }
        // The request layer has retried what a retry could cure: the next run resends the same key.
        return {Outcome::Pending, {}, lastProblem};
    }
    return {Outcome::Pending, {}, lastProblem};
}

Submitter::Outcome Submitter::alreadySent(const storage::Draft& draft)
{
    storage::StorageError error;
    for (const storage::OutboxEntry& entry : m_store.outbox().history(draft.id(), &error)) {
        if (entry.state == storage::OutboxEntry::State::Acknowledged) {
            error = m_store.drafts().markSubmitted(draft.id(), entry.receipt);
            return {Outcome::AlreadySent, entry.receipt, error.message()};
        }
    }
    // Acknowledged, yet no receipt on record: the outbox cannot be read as it should.
    return {
        Outcome::Pending, {}, (error ? error : storage::StorageError(storage::StorageError::InvalidState)).message()};
}

QString Submitter::captchaCode(const QByteArray& png)
{
    if (!m_captchaAnswer.isEmpty())
        return m_captchaAnswer;
    // A fresh file of the user's own (O_EXCL, mode 0600, unpredictable name) that nothing planted
    // in the temporary folder can redirect; it is removed once the code is typed.
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("segurdesk-captcha-XXXXXX.png")));
    if (!file.open() || file.write(png) != png.size() || !file.flush()) {
        m_err << QCoreApplication::translate("cli", "The captcha image cannot be written to %1.").arg(QDir::tempPath())
              << Qt::endl;
        return {};
    }
    m_err << QCoreApplication::translate("cli", "Captcha image: %1 — type its code: ").arg(file.fileName())
          << Qt::flush;
    return m_in.readLine().trimmed();
}

} // namespace segurdesk::cli
