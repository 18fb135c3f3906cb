#pragma once

#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// The account behind the session (login, GET /auth/session, password change). The bearer
// token the portal returns with it is not here: it goes straight into the PortalClient.
struct Session
{
    QString login;
    QString email;
    QString displayName;
    QDateTime expiresAt;
    bool mustChangePassword = false;
    bool secretQuestionSet = false;

    static Session read(ReplyReader& reader);
};

} // namespace segurdesk::portal
