#pragma once

#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// An item of GET /mails, also listed in an advance request ("courriels automatiquement
// envoyés"). `kind` is the contract's mail kind ("enrollment_received", "credentials", ...).
struct MailSummary
{
    QString id;
    QString kind;
    QString subject;
    QString to;
    QDateTime sentAt;
    QString enrollmentId;
    QString advanceRequestId;

    static MailSummary read(ReplyReader& reader);
};

} // namespace segurdesk::portal
