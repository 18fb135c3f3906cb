#include "sandbox/services/Mailer.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

namespace segurdesk::sandbox {

Q_LOGGING_CATEGORY(lcMailer, "segurdesk.sandbox.mail")

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

Mailer::Mailer(SandboxDatabase& db, const Clock& clock, const QString& outboxDir)
    : m_db(db)
    , m_clock(clock)
    , m_outboxDir(outboxDir)
{
    QDir().mkpath(m_outboxDir);
}

qint64 Mailer::send(const OutgoingMail& mail)
{
    const QDateTime sentAt = mail.sentAt.isValid() ? mail.sentAt : m_clock.now();
    QString stored = mail.body;
    if (!mail.secret.isEmpty())
        stored.replace(mail.secret, QStringLiteral("••••••••"));
    QSqlQuery& query = m_db.run(
        QStringLiteral(
            "INSERT INTO mails (account_id, enrollment_id, advance_id, kind, recipient, subject, body, sent_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(mail.accountId), idOrNull(mail.enrollmentId), idOrNull(mail.advanceId), mail.kind, mail.to,
         mail.subject, stored, sentAt.toMSecsSinceEpoch()});
    if (!query.isActive())
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    writeEml(id, mail, sentAt);
    return id;
}

void Mailer::writeEml(qint64 id, const OutgoingMail& mail, const QDateTime& sentAt) const
{
    const QString name = QStringLiteral("%1-%2-%3.eml")
                             .arg(sentAt.toString(QStringLiteral("yyyyMMdd-HHmmss")))
                             .arg(id, 6, 10, QLatin1Char('0'))
                             .arg(mail.kind);
    QSaveFile file(QDir(m_outboxDir).filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcMailer) << "cannot write to the outbox:" << file.errorString();
        return;
    }
    QByteArray eml;
    eml += "From: " + encodedWord(QStringLiteral("ASP Ségur Numérique")) + " <ne-pas-repondre@asp-public.fr>\r\n";
    eml += "To: " + mail.to.toUtf8() + "\r\n";
    eml += "Subject: " + encodedWord(mail.subject) + "\r\n";
    eml += "Date: " + QLocale::c().toString(sentAt, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    eml += "Message-ID: <" + QByteArray::number(id) + "." + QByteArray::number(sentAt.toMSecsSinceEpoch())
        + "@sandbox.segurnum.local>\r\n";
    eml += "X-Segurdesk-Kind: " + mail.kind.toLatin1() + "\r\n";
    eml += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    QByteArray body = mail.body.toUtf8();
    body.replace("\r\n", "\n").replace("\n", "\r\n");
    eml += body + "\r\n";
    file.write(eml);
    if (!file.commit())
        qCWarning(lcMailer) << "cannot write to the outbox:" << file.errorString();
}

} // namespace segurdesk::sandbox
