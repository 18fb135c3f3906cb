#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace segurdesk::cli {

// Owns every sub-command and routes `segurdesk-cli COMMAND ARGS...` to it.
class CommandRegistry
{
public:
    CommandRegistry();
    // Runs the command `arguments` name; the registry must outlive the Task.
    Task<int> dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    void printUsage(QTextStream& stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace segurdesk::cli
