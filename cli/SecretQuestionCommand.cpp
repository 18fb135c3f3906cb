#include "cli/SecretQuestionCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "cli/SecretInput.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

QString SecretQuestionCommand::name() const
{
    return QStringLiteral("secret-question");
}

QString SecretQuestionCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "secret-question --login ID --question TEXT   set your recovery question "
                                       "(password, then answer, on stdin)");
}

Task<int> SecretQuestionCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const std::optional<QString> question = options.takeValue(QStringLiteral("--question"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session
        = co_await AccountSession::takeWithoutOperands(options, synopsis(), err, exitCode);
    if (!session)
        co_return exitCode;
    if (!question || question->trimmed().isEmpty()) {
        err << QCoreApplication::translate("cli", "Give the question to ask you with --question \"...\".") << '\n'
            << "  " << synopsis() << Qt::endl;
        co_return UsageError;
    }
    exitCode = co_await session->logIn(AccountSession::Purpose::AccountState, err);
    if (exitCode != AllGood)
        co_return exitCode;
    if (session->account().mustChangePassword) {
        err << QCoreApplication::translate("cli",
                                           "Change your initial password first: segurdesk-cli password --login %1.")
                   .arg(session->login())
            << Qt::endl;
        co_return SomeRejected;
    }
    const std::optional<QString> answer = SecretInput::read(
        "SEGURDESK_SECRET_ANSWER", QCoreApplication::translate("cli", "Answer to your secret question: "), err);
    if (!answer || answer->trimmed().isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "No answer: give it on the second line of stdin or in "
                                           "SEGURDESK_SECRET_ANSWER.")
            << Qt::endl;
        co_return UsageError;
    }
    const portal::PortalError error = co_await session->run(
        [&](services::AccountService& account) { account.setSecretQuestion(question->trimmed(), answer->trimmed()); });
    if (error.isError()) {
        AccountSession::printError(err, error);
        co_return SomeRejected;
    }
    out << QCoreApplication::translate("cli", "Secret question set for %1: your dossiers are open.")
               .arg(session->login())
        << Qt::endl;
    co_return AllGood;
}

} // namespace segurdesk::cli
