#pragma once

#include <QString>

namespace segurdesk::sandbox {

// An ASP Connect account as the sandbox keeps it (the password hashes stay in the database).
struct Account
{
    qint64 id = 0;
    QString login;
    QString email;
    QString displayName;
    bool mustChangePassword = true;
    bool secretQuestionSet = false;
};

} // namespace segurdesk::sandbox
