#pragma once

#include "cli/PortalSession.h"
#include "core/portal/PortalError.h"
#include "core/portal/Session.h"
#include "core/services/AccountService.h"

#include <QString>

#include <functional>
#include <memory>

class QTextStream;

namespace segurdesk::cli {

class ArgumentList;

// The account a command acts for, in a process of its own: `--login ID` from the arguments, the
// password from SEGURDESK_PASSWORD or the first line of stdin (SecretInput). The bearer token
// lives in the PortalClient's memory only and dies with the process: nothing about the session
// is written anywhere, so every command logs in again.
class AccountSession
{
public:
    // What the command needs the session for.
    enum class Purpose {
        // Dossier calls: a password still to change or a missing secret question stops here.
        Dossiers,
        // `login` and `password`: any account state is fine, the command reports it.
        AccountState,
    };

    // Takes --login (required), --portal and --timeout out of `arguments` and opens the portal
    // (PortalSession). On failure writes why to `err`, sets `exitCode` and returns nullptr.
    static Task<std::unique_ptr<AccountSession>> take(ArgumentList& arguments, QTextStream& err, int& exitCode);
    // take() for the commands without operands (`login`, `password`, `status`): an argument left
    // after the options is a usage error, reported with the command's `synopsis`.
    static Task<std::unique_ptr<AccountSession>> takeWithoutOperands(ArgumentList& arguments, const QString& synopsis,
                                                                     QTextStream& err, int& exitCode);

    // Reads the password and logs in. Returns AllGood, or the exit code after writing the
    // reason to `err`; failure() then tells what the portal said, if it was reached.
    Task<int> logIn(Purpose purpose, QTextStream& err);

    PortalSession& portal() { return *m_portal; }
    portal::PortalClient& client() { return m_portal->client(); }
    const QString& login() const { return m_login; }
    // Who the dossier cache keeps objects for: this login at this portal.
    QString cacheAccount() const;
    const portal::Session& account() const { return m_service->account(); }
    // The password the login used (for a password change), empty after any other purpose.
    const QString& currentPassword() const { return m_password; }
    const portal::PortalError& failure() const { return m_failure; }

    // Runs one operation of the account service to its end; returns its error (none on success).
    Task<portal::PortalError> run(const std::function<void(services::AccountService&)>& operation);

    // Writes a failed call's translated message, the portal's own words, its per-field errors and
    // its request id.
    static void printError(QTextStream& err, const portal::PortalError& error);

private:
    AccountSession() = default;

    std::unique_ptr<PortalSession> m_portal;
    std::unique_ptr<services::AccountService> m_service;
    QString m_login;
    QString m_password;
    portal::PortalError m_failure;
};

} // namespace segurdesk::cli
