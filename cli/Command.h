#pragma once

#include "cli/Task.h"

#include <QStringList>

class QTextStream;

namespace segurdesk::cli {

// Exit codes shared by every command: scripts rely on them.
enum ExitCode : int { AllGood = 0, SomeRejected = 1, UsageError = 2 };

// One `segurdesk-cli` sub-command. `run` receives the arguments after the command name and
// writes results to `out`, diagnostics to `err`, and gives the exit code when done; it never
// throws and never exits the process. A command that waits (for the portal, for the local data)
// awaits inside `run` and the caller's event loop keeps turning meanwhile.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;
    virtual Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
};

} // namespace segurdesk::cli
