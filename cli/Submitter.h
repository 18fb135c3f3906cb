#pragma once

#include "core/storage/Draft.h"
#include "core/storage/SubmissionReceipt.h"

#include <QIODevice>
#include <QString>
#include <QTextStream>

#include <functional>

namespace segurdesk::cli {

class LocalStore;
class PortalSession;

// Sends drafts to the portal exactly once, following the outbox protocol (core/storage/Outbox):
// the Idempotency-Key is recorded and the draft frozen before the first byte leaves; every
// round is noted; the receipt is recorded and the draft marked submitted. A refusal (4xx)
// reopens the draft with the portal's problem kept in the outbox.
//
// Retries have one owner each. The request layer (portal::RetryPolicy) resends the same upload
// after lost connections, 5xx, 409 in progress and timeouts, within its attempts and its cap on
// Retry-After. This class adds a round, with a new captcha, only for a refused captcha code, at
// most MaxCaptchaRounds times. So one run uploads a dossier at most MaxCaptchaRounds ×
// RetryPolicy::maxAttempts times. A fault that outlasts the request layer's retries leaves the
// entry pending: the next run resends it first, with the same key.
class Submitter
{
public:
    struct Outcome
    {
        enum Kind { Sent, AlreadySent, Refused, Pending };
        Kind kind = Pending;
        storage::SubmissionReceipt receipt;
        QString message;
    };

    // `captchaAnswer` empty: each captcha image is written to a private temporary file and its
    // code read from stdin, again after each refusal. Given: once the portal refuses it, this
    // submission stops, pending, and every later one of the run returns at once, untouched.
    Submitter(LocalStore& store, PortalSession& session, QString captchaAnswer, QTextStream& err);

    // Records and sends (or resumes) the draft. `progress` receives short status words.
    Outcome submit(const storage::Draft& draft, const std::function<void(const QString&)>& progress);

    // Captchas one dossier may be given in one run: the user may mistype a code or two.
    static constexpr int MaxCaptchaRounds = 3;

private:
    Outcome send(const storage::Draft& draft, const QString& key, const std::function<void(const QString&)>& progress);
    // The receipt of a draft the outbox has acknowledged, and the draft marked so.
    Outcome alreadySent(const storage::Draft& draft);
    QString captchaCode(const QByteArray& png);

    LocalStore& m_store;
    PortalSession& m_session;
    QString m_captchaAnswer;
    bool m_captchaRefused = false;
    QTextStream& m_err;
    // One reader for the whole run: a reader per code would keep the lines it read ahead.
    QTextStream m_in {stdin, QIODevice::ReadOnly};
};

} // namespace segurdesk::cli
