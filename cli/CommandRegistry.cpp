#include "cli/CommandRegistry.h"

#include "cli/AdvanceCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DocumentCommand.h"
#include "cli/DraftCommand.h"
#include "cli/InspectCommand.h"
#include "cli/LoginCommand.h"
#include "cli/MailsCommand.h"
#include "cli/PasswordCommand.h"
#include "cli/SecretQuestionCommand.h"
#include "cli/StatusCommand.h"
#include "cli/SubmitCommand.h"
#include "cli/ValidateCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<DraftCommand>());
    m_commands.push_back(std::make_unique<SubmitCommand>());
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<PasswordCommand>());
    m_commands.push_back(std::make_unique<SecretQuestionCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<AdvanceCommand>());
    m_commands.push_back(std::make_unique<MailsCommand>());
    m_commands.push_back(std::make_unique<DocumentCommand>());
}

Task<int> CommandRegistry::dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("help")) {
        printUsage(arguments.isEmpty() ? err : out);
        co_return arguments.isEmpty() ? UsageError : AllGood;
    }
    // "--portal URL" may come before the command name, as a global option.
    if (arguments.size() >= 3 && arguments.first() == QLatin1String("--portal"))
        co_return co_await dispatch(arguments.mid(2) + arguments.mid(0, 2), out, err);
    for (const auto& command : m_commands) {
        if (command->name() == arguments.first())
            co_return co_await command->run(arguments.mid(1), out, err);
    }
    err << QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(arguments.first()) << Qt::endl;
    printUsage(err);
    co_return UsageError;
}

void CommandRegistry::printUsage(QTextStream& stream) const
{
    stream << QCoreApplication::translate("cli", "Usage: segurdesk-cli [--lang fr|en] [--verbose] COMMAND [ARGUMENTS]")
           << '\n';
    for (const auto& command : m_commands)
        stream << "  " << command->synopsis() << '\n';
    stream.flush();
}

} // namespace segurdesk::cli
