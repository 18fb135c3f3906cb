#include "cli/LoginCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

QString LoginCommand::name() const
{
    return QStringLiteral("login");
}

QString LoginCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "login --login ID   check your portal login (password on stdin or in "
                                       "SEGURDESK_PASSWORD)");
}

Task<int> LoginCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session
        = co_await AccountSession::takeWithoutOperands(options, synopsis(), err, exitCode);
    if (!session)
        co_return exitCode;
    exitCode = co_await session->logIn(AccountSession::Purpose::AccountState, err);
    if (exitCode != AllGood)
        co_return exitCode;
    const portal::Session& account = session->account();
    out << QCoreApplication::translate("cli", "Logged in as %1.").arg(account.login) << '\n';
    if (!account.displayName.isEmpty() || !account.email.isEmpty())
        out << QCoreApplication::translate("cli", "Account: %1 <%2>").arg(account.displayName, account.email) << '\n';
    if (account.expiresAt.isValid())
        out << QCoreApplication::translate("cli", "Session valid until %1 (in this command only).")
                   .arg(QLocale().toString(account.expiresAt.toLocalTime(), QLocale::ShortFormat))
            << '\n';
    out << (account.secretQuestionSet ? QCoreApplication::translate("cli", "Secret question: set.")
                                      : QCoreApplication::translate("cli", "Secret question: not set yet."))
        << Qt::endl;
    if (account.mustChangePassword) {
        err << QCoreApplication::translate("cli",
                                           "The portal requires you to change your password: run segurdesk-cli "
                                           "password --login %1.")
                   .arg(account.login)
            << Qt::endl;
        co_return SomeRejected;
    }
    co_return AllGood;
}

} // namespace segurdesk::cli
