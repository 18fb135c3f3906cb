#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli validate DOSSIER.json... [--json]`: every rule of the specification on each
// dossier file (docs/dossier-format.md) and its documents, all problems at once, one line per
// field, without contacting the portal. Exit 0 when no file has a blocking error (warnings are
// printed but pass), 1 otherwise, 2 on bad arguments.
class ValidateCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
