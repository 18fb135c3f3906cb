#include "core/portal/MailMessage.h"

namespace segurdesk::portal {

MailMessage MailMessage::read(ReplyReader& reader)
{
    MailMessage mail;
    mail.summary = MailSummary::read(reader);
    mail.body = reader.string(QLatin1String("body"));
    return mail;
}

} // namespace segurdesk::portal
