#pragma once

#include "sandbox/services/Mailer.h"

#include <QCoreApplication>

namespace segurdesk::sandbox {

// The mails the portal sends about a dossier, as the ASP's guide describes them: written here
// once, for the dossiers the sandbox instructs and for the demonstration account it seeds. Each
// is addressed to `to` and dated now unless its sentAt is set.
class PortalMails
{
    Q_DECLARE_TR_FUNCTIONS(PortalMails)

public:
    // Mail 1: the acknowledgement of receipt.
    static OutgoingMail received(qint64 enrollmentId, const QString& number, const QString& company, const QString& to);
    // Mail 2: the ASP's decision; `decision` is validated, incomplete or rejected, `comment` its reason.
    static OutgoingMail decided(qint64 accountId, qint64 enrollmentId, const QString& decision, const QString& number,
                                const QString& company, const QString& comment, const QString& to);
    // Mail 3 for an existing ASP Connect account: the dossier is added to it.
    static OutgoingMail accessOpened(qint64 accountId, qint64 enrollmentId, const QString& login, const QString& number,
                                     const QString& to);
    // Mail 3 for a new account: its login and initial password.
    static OutgoingMail credentials(qint64 accountId, qint64 enrollmentId, const QString& login,
                                    const QString& initialPassword, const QString& to);
    // The decision on an advance request; amounts as decimal strings ("6666.67").
    struct Advance
    {
        qint64 accountId;
        qint64 enrollmentId;
        qint64 advanceId;
        QString number;
        QString enrollmentNumber;
        QString amountHt;
        QString amountTtc;
        QString maskedIban;
    };
    static OutgoingMail advanceDecided(const Advance& advance, const QString& to);
};

} // namespace segurdesk::sandbox
