#include "core/portal/MailSummary.h"

namespace segurdesk::portal {

MailSummary MailSummary::read(ReplyReader& reader)
{
    MailSummary mail;
    mail.id = reader.string(QLatin1String("id"));
    mail.kind = reader.string(QLatin1String("kind"));
    mail.subject = reader.string(QLatin1String("subject"));
    mail.to = reader.string(QLatin1String("to"));
    mail.sentAt = reader.dateTime(QLatin1String("sent_at"));
    mail.enrollmentId = reader.optionalString(QLatin1String("enrollment_id"));
    mail.advanceRequestId = reader.optionalString(QLatin1String("advance_request_id"));
    return mail;
}

} // namespace segurdesk::portal
