#pragma once

#include <QStringList>

class QTextStream;

namespace segurdesk::cli {

// Exit codes shared by every command: scripts rely on them.
enum ExitCode : int { AllGood = 0, SomeRejected = 1, UsageError = 2 };

// One `segurdesk-cli` sub-command. `run` receives the arguments after the command name and
// writes results to `out`, diagnostics to `err`; it never throws and never exits the process.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;
    virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

} // namespace segurdesk::cli
