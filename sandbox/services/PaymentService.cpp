#include "sandbox/services/PaymentService.h"

#include "core/model/Money.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace segurdesk::sandbox {

Q_LOGGING_CATEGORY(lcPayment, "segurdesk.sandbox.payment")

namespace {

// Advances (alias a) whose payment has no payment_sent mail yet.
const QString kNotAnnounced
    = QStringLiteral("NOT EXISTS (SELECT 1 FROM mails m WHERE m.advance_id = a.id AND m.kind = 'payment_sent')");

} // namespace

PaymentService::PaymentService(SandboxDatabase& db, const Clock& clock, Mailer& mailer)
    : m_db(db)
    , m_clock(clock)
    , m_mailer(mailer)
{
    refreshDue();
}

void PaymentService::noteScheduled(const QDateTime& paidAt)
{
    m_due.note(paidAt.toMSecsSinceEpoch());
}

void PaymentService::refreshDue()
{
    m_due.reset(m_db.scalar(QStringLiteral("SELECT MIN(a.paid_at) FROM advance_requests a WHERE ") + kNotAnnounced)
                    .toLongLong());
}

void PaymentService::runDue()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!m_due.isDue(now))
        return;
    QSqlQuery& due = m_db.run(
        QStringLiteral("SELECT a.id FROM advance_requests a WHERE a.paid_at <= ? AND ") + kNotAnnounced, {now});
    QList<qint64> advances;
    while (due.next())
        advances.append(due.value(0).toLongLong());
    for (const qint64 id : advances) {
        if (!announce(id))
            qCWarning(lcPayment) << "the payment mail of advance" << id << "could not be sent";
    }
    refreshDue();
}

bool PaymentService::announce(qint64 advanceId)
{
    if (!m_db.transaction())
        return false;
    // Checked again inside the transaction that records the mail, so that no other writer can
    // come between the check and the insert.
    QSqlQuery& row = m_db.run(
        QStringLiteral("SELECT a.number, e.number, a.amount_ttc, a.paid_at, a.iban_masked, a.enrollment_id,"
                       " a.account_id, c.email FROM advance_requests a JOIN enrollments e ON e.id = a.enrollment_id"
                       " JOIN accounts c ON c.id = a.account_id WHERE a.id = ? AND ")
            + kNotAnnounced,
        {advanceId});
    if (!row.next()) {
        m_db.rollback();
        return true;
    }
    const QLocale french(QLocale::French, QLocale::France);
    const QDateTime paidAt = QDateTime::fromMSecsSinceEpoch(row.value(3).toLongLong(), Qt::UTC);
    OutgoingMail mail;
    mail.accountId = row.value(6).toLongLong();
    mail.enrollmentId = row.value(5).toLongLong();
    mail.advanceId = advanceId;
    mail.kind = QStringLiteral("payment_sent");
    mail.to = row.value(7).toString();
    // The payment was made at its planned time, whenever the sandbox noticed it.
    mail.sentAt = paidAt;
    mail.subject = tr("Ségur Numérique: payment of your advance %1").arg(row.value(0).toString());
    mail.body = tr("Hello,\n\nThe advance %1 (enrollment %2) has been paid: %3 including VAT were transferred on %4 "
                   "to the account %5.\n\nThe ASP")
                    .arg(row.value(0).toString(), row.value(1).toString(),
                         model::Money::fromCents(row.value(2).toLongLong()).format(french),
                         french.toString(paidAt.date(), QLocale::LongFormat), row.value(4).toString());
    if (m_mailer.send(mail) == 0 || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace segurdesk::sandbox
