#include "core/portal/Session.h"

namespace segurdesk::portal {

Session Session::read(ReplyReader& reader)
{
    Session session;
    session.login = reader.string(QLatin1String("login"));
    session.email = reader.optionalString(QLatin1String("email"));
    session.displayName = reader.optionalString(QLatin1String("display_name"));
    session.expiresAt = reader.optionalDateTime(QLatin1String("expires_at"));
    session.mustChangePassword = reader.boolean(QLatin1String("must_change_password"));
    session.secretQuestionSet = reader.boolean(QLatin1String("secret_question_set"));
    return session;
}

} // namespace segurdesk::portal
