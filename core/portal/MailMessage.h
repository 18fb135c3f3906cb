#pragma once

#include "core/portal/MailSummary.h"

#include <QString>

namespace segurdesk::portal {

// GET /mails/{id}: a mail with its plain-text body.
struct MailMessage
{
    MailSummary summary;
    QString body;

    static MailMessage read(ReplyReader& reader);
};

} // namespace segurdesk::portal
