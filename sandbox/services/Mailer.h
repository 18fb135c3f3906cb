#pragma once

#include "sandbox/Clock.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::sandbox {

struct OutgoingMail
{
    qint64 accountId = 0; // 0: none yet
    qint64 enrollmentId = 0;
    qint64 advanceId = 0;
    QString kind; // MailSummary.kind of the contract
    QString to;
    QString subject;
    QString body;
    // Delivered in the .eml, masked in the database copy that the API shows.
    QString secret;
    // When the event it announces happened; invalid: now.
    QDateTime sentAt;
};

// Sends the portal's mails without SMTP: each one is stored in SQLite (listed by /mails)
// and written as an RFC 5322 .eml file under DATA/outbox/, which is what a mailbox receives.
class Mailer
{
public:
    Mailer(SandboxDatabase& db, const Clock& clock, const QString& outboxDir);

    // Returns the mail id, 0 when it could not be stored (the caller's transaction fails).
    qint64 send(const OutgoingMail& mail);

private:
    void writeEml(qint64 id, const OutgoingMail& mail, const QDateTime& sentAt) const;

    SandboxDatabase& m_db;
    const Clock& m_clock;
    QString m_outboxDir;
};

} // namespace segurdesk::sandbox
