#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli status --login ID [--json]`: the account's enrollments and advance requests
// with their full status history (and the payments), from the portal; what it returned is
// stored in the DossierCache. When the portal cannot be reached, the cached data is shown,
// marked as offline data with its date (exit 0; "offline": true in JSON). Exit 1 when the
// portal refuses or nothing is cached, 2 on bad arguments.
class StatusCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
