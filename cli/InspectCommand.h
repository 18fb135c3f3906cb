#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli inspect FILE... [--json] [--max-bytes N]`: runs the attachment checks on each
// file and prints one line per file (or, with --json, one JSON array). A missing or unreadable
// file is a rejected file, not an error of the command: exit 1. Bad arguments: exit 2.
class InspectCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
