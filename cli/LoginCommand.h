#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli login --login ID`: checks the credentials (password on stdin or in
// SEGURDESK_PASSWORD) and prints the account's state. Exit 0 when the account can be used, 1
// when the credentials are refused or the portal requires a new password first, 2 on bad
// arguments. Nothing of the session is kept: every command logs in again.
class LoginCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
