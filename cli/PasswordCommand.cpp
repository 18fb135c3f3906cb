#include "cli/PasswordCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "cli/SecretInput.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

QString PasswordCommand::name() const
{
    return QStringLiteral("password");
}

QString PasswordCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "password --login ID [--new-password-stdin]   change your portal password "
                                       "(current, then new, on stdin)");
}

Task<int> PasswordCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool newFromStdin = options.takeFlag(QStringLiteral("--new-password-stdin"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session
        = co_await AccountSession::takeWithoutOperands(options, synopsis(), err, exitCode);
    if (!session)
        co_return exitCode;
    exitCode = co_await session->logIn(AccountSession::Purpose::AccountState, err);
    if (exitCode != AllGood)
        co_return exitCode;
    const QString prompt = QCoreApplication::translate("cli", "New password: ");
    const std::optional<QString> newPassword
        = newFromStdin ? SecretInput::readLine(prompt, err) : SecretInput::read("SEGURDESK_NEW_PASSWORD", prompt, err);
    if (!newPassword || newPassword->isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "No new password: give it on the second line of stdin with "
                                           "--new-password-stdin or in SEGURDESK_NEW_PASSWORD.")
            << Qt::endl;
        co_return UsageError;
    }
    const portal::PortalError error = co_await session->run([&](services::AccountService& account) {
        account.changePassword(session->currentPassword(), *newPassword, *newPassword);
    });
    if (error.isError()) {
        AccountSession::printError(err, error);
        co_return SomeRejected;
    }
    out << QCoreApplication::translate("cli", "Password changed for %1.").arg(session->account().login) << '\n';
    if (!session->account().secretQuestionSet)
        out << QCoreApplication::translate("cli",
                                           "Next step: set your secret question with segurdesk-cli secret-question "
                                           "--login %1 --question \"...\".")
                   .arg(session->account().login)
            << '\n';
    out.flush();
    co_return AllGood;
}

} // namespace segurdesk::cli
