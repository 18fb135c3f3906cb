#include "sandbox/services/InstructionService.h"

#include "sandbox/services/PortalMails.h"

#include <QLoggingCategory>
#include <QSqlQuery>

namespace segurdesk::sandbox {

Q_LOGGING_CATEGORY(lcInstruction, "segurdesk.sandbox.instruction")

InstructionService::InstructionService(SandboxDatabase& db, const Clock& clock, const SandboxConfig& config,
                                       const Fixtures& fixtures, AuthService& auth, Mailer& mailer)
    : m_db(db)
    , m_clock(clock)
    , m_config(config)
    , m_fixtures(fixtures)
    , m_auth(auth)
    , m_mailer(mailer)
{
    refreshNextDue();
}

QString InstructionService::plannedDecision(const QString& siret) const
{
    QString rule = m_fixtures.company(siret).value_or(QJsonObject()).value(QLatin1String("instruction")).toString();
    if (rule == QLatin1String("rejected") || rule == QLatin1String("incomplete"))
        return rule;
    return QStringLiteral("validated");
}

QDateTime InstructionService::decisionTime(const QDateTime& receivedAt) const
{
    return receivedAt.addSecs(m_config.instructionDelaySeconds());
}

void InstructionService::noteScheduled(const QDateTime& at)
{
    m_due.note(at.toMSecsSinceEpoch());
}

void InstructionService::refreshNextDue()
{
    m_due.reset(
        m_db.scalar(QStringLiteral("SELECT MIN(decide_at) FROM enrollments WHERE status = 'submitted'")).toLongLong());
}

bool InstructionService::sendAcknowledgement(qint64 enrollmentId)
{
    QSqlQuery& query = m_db.run(
        QStringLiteral("SELECT number, contact_email, company_name FROM enrollments WHERE id = ?"), {enrollmentId});
    if (!query.next())
        return false;
    const OutgoingMail mail = PortalMails::received(enrollmentId, query.value(0).toString(), query.value(2).toString(),
                                                    query.value(1).toString());
    return m_mailer.send(mail) > 0;
}

void InstructionService::runDue()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!m_due.isDue(now))
        return;
    QSqlQuery& due = m_db.run(
        QStringLiteral("SELECT id, planned_decision FROM enrollments WHERE status = 'submitted' AND decide_at <= ?"),
        {now});
    QList<QPair<qint64, QString>> dossiers;
    while (due.next())
        dossiers.append({due.value(0).toLongLong(), due.value(1).toString()});
    for (const auto& [id, decision] : dossiers)
        decide(id, decision, QString());
    refreshNextDue();
}

InstructionService::Outcome InstructionService::decide(qint64 enrollmentId, const QString& decision,
                                                       const QString& comment)
{
    const QVariant status = m_db.scalar(QStringLiteral("SELECT status FROM enrollments WHERE id = ?"), {enrollmentId});
    if (!status.isValid())
        return Outcome::NotFound;
    if (status.toString() != QLatin1String("submitted"))
        return Outcome::AlreadyDecided;
    if (!m_db.transaction())
        return Outcome::Failed;
    if (!decideInTransaction(enrollmentId, decision, comment)) {
        m_db.rollback();
        qCWarning(lcInstruction) << "instruction failed for dossier" << enrollmentId;
        return Outcome::Failed;
    }
    return m_db.commit() ? Outcome::Decided : Outcome::Failed;
}

bool InstructionService::decideInTransaction(qint64 enrollmentId, const QString& decision, const QString& comment)
{
    QSqlQuery& row = m_db.run(
        QStringLiteral("SELECT number, contact_email, contact_name, company_name FROM enrollments WHERE id = ?"),
        {enrollmentId});
    if (!row.next())
        return false;
    const QString number = row.value(0).toString();
    const QString email = row.value(1).toString();
    const QString name = row.value(2).toString();
    const QString company = row.value(3).toString();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();

    qint64 accountId = 0;
    if (decision == QLatin1String("validated")) {
        const auto created = m_auth.findOrCreateAccount(email, name);
        if (!created)
            return false;
        accountId = created->account.id;
        const OutgoingMail access = created->initialPassword.isEmpty()
            ? PortalMails::accessOpened(accountId, enrollmentId, created->account.login, number, email)
            : PortalMails::credentials(accountId, enrollmentId, created->account.login, created->initialPassword,
                                       email);
        if (m_mailer.send(PortalMails::decided(accountId, enrollmentId, decision, number, company, comment, email)) == 0
            || m_mailer.send(access) == 0)
            return false;
    } else {
        accountId = m_db.scalar(QStringLiteral("SELECT id FROM accounts WHERE lower(email) = ? ORDER BY id LIMIT 1"),
                                {email.toLower()})
                        .toLongLong();
        if (m_mailer.send(PortalMails::decided(accountId, enrollmentId, decision, number, company, comment, email))
            == 0)
            return false;
    }
    const bool updated
        = m_db.run(QStringLiteral(
                       "UPDATE enrollments SET status = ?, updated_at = ?, account_id = COALESCE(?, account_id)"
                       " WHERE id = ?"),
                   {decision, now, accountId > 0 ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>()),
                    enrollmentId})
              .isActive();
    return updated
        && m_db.run(QStringLiteral(
                        "INSERT INTO status_history (enrollment_id, status, at, comment) VALUES (?, ?, ?, ?)"),
                    {enrollmentId, decision, now, comment})
               .isActive();
}

} // namespace segurdesk::sandbox
