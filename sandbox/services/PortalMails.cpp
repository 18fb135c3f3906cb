#include "sandbox/services/PortalMails.h"

namespace segurdesk::sandbox {

OutgoingMail PortalMails::received(qint64 enrollmentId, const QString& number, const QString& company,
                                   const QString& to)
{
    OutgoingMail mail;
    mail.enrollmentId = enrollmentId;
    mail.kind = QStringLiteral("enrollment_received");
    mail.to = to;
    mail.subject = tr("Ségur Numérique: acknowledgement of your enrollment request %1").arg(number);
    mail.body = tr("Hello,\n\nThe ASP has received the enrollment request %1 of %2 for the Ségur Numérique funding "
                   "(MSS operators).\nIt will now be checked; you will receive a mail when it is validated.\n\nThe ASP")
                    .arg(number, company);
    return mail;
}

OutgoingMail PortalMails::decided(qint64 accountId, qint64 enrollmentId, const QString& decision, const QString& number,
                                  const QString& company, const QString& comment, const QString& to)
{
    OutgoingMail mail;
    mail.accountId = accountId;
    mail.enrollmentId = enrollmentId;
    mail.to = to;
    if (decision == QLatin1String("validated")) {
        mail.kind = QStringLiteral("enrollment_validated");
        mail.subject = tr("Ségur Numérique: your enrollment request %1 is validated").arg(number);
        mail.body = tr("Hello,\n\nThe ASP has validated the enrollment request %1 of %2.\nYou can now log in to the "
                       "portal and file your advance request.\n\nThe ASP")
                        .arg(number, company);
        return mail;
    }
    const bool rejected = decision == QLatin1String("rejected");
    mail.kind = rejected ? QStringLiteral("enrollment_rejected") : QStringLiteral("enrollment_incomplete");
    mail.subject = rejected ? tr("Ségur Numérique: your enrollment request %1 is rejected").arg(number)
                            : tr("Ségur Numérique: your enrollment request %1 must be completed").arg(number);
    mail.body = (rejected ? tr("Hello,\n\nThe ASP has rejected the enrollment request %1 of %2.\n")
                          : tr("Hello,\n\nThe enrollment request %1 of %2 is incomplete: please file a complete "
                               "request.\n"))
                    .arg(number, company)
        + (comment.isEmpty() ? QString() : tr("Reason: %1\n").arg(comment)) + tr("\nThe ASP");
    return mail;
}

OutgoingMail PortalMails::accessOpened(qint64 accountId, qint64 enrollmentId, const QString& login,
                                       const QString& number, const QString& to)
{
    OutgoingMail mail;
    mail.accountId = accountId;
    mail.enrollmentId = enrollmentId;
    mail.to = to;
    mail.kind = QStringLiteral("access_opened");
    mail.subject = tr("Ségur Numérique: access opened for %1").arg(number);
    mail.body = tr("Hello,\n\nYou already have an ASP Connect account (login %1): the dossier %2 has been added to "
                   "it.\n\nThe ASP")
                    .arg(login, number);
    return mail;
}

OutgoingMail PortalMails::credentials(qint64 accountId, qint64 enrollmentId, const QString& login,
                                      const QString& initialPassword, const QString& to)
{
    OutgoingMail mail;
    mail.accountId = accountId;
    mail.enrollmentId = enrollmentId;
    mail.to = to;
    mail.kind = QStringLiteral("credentials");
    mail.subject = tr("Ségur Numérique: your login details");
    mail.body = tr("Hello,\n\nAn ASP Connect account has been created for you.\n\nLogin: %1\nInitial password: "
                   "%2\n\nYou will have to change this password at your first login.\n\nThe ASP")
                    .arg(login, initialPassword);
    mail.secret = initialPassword;
    return mail;
}

OutgoingMail PortalMails::advanceDecided(const Advance& advance, const QString& to)
{
    OutgoingMail mail;
    mail.accountId = advance.accountId;
    mail.enrollmentId = advance.enrollmentId;
    mail.advanceId = advance.advanceId;
    mail.kind = QStringLiteral("advance_decided");
    mail.to = to;
    mail.subject = tr("Ségur Numérique: decision on your advance request %1").arg(advance.number);
    mail.body
        = tr("Hello,\n\nYour advance request %1 (enrollment %2) is decided: %3 € excluding VAT, %4 € including "
             "VAT. The decision letter is available on the portal. The payment to the account %5 follows.\n\nThe "
             "ASP")
              .arg(advance.number, advance.enrollmentNumber, advance.amountHt, advance.amountTtc, advance.maskedIban);
    return mail;
}

} // namespace segurdesk::sandbox
