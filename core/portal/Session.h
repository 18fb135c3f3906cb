#pragma once

#include "core/portal/ReplyReader.h"

#include <QByteArray>
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
    // The `token` member of a session body when it is a usable bearer token (RFC 6750
    // characters, 16 to 512 of them), else empty: it ends up in an HTTP header.
    static QByteArray tokenOf(const QByteArray& body);
};

} // namespace segurdesk::portal
