#pragma once

#include <QString>

#include <optional>

class QTextStream;

namespace segurdesk::cli {

// Passwords for the commands that log in, never taken from the command line (where `ps` and
// shell histories would show them): from an environment variable for scripts, else one line of
// stdin each, read without echo and after a prompt on stderr when stdin is a terminal.
class SecretInput
{
public:
    // The variable's value when set and not empty; else the next line of stdin. Nullopt at the
    // end of input.
    static std::optional<QString> read(const char* environmentVariable, const QString& prompt, QTextStream& err);
    // The next line of stdin, whatever the environment says.
    static std::optional<QString> readLine(const QString& prompt, QTextStream& err);
};

} // namespace segurdesk::cli
