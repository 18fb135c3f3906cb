#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli password --login ID [--new-password-stdin]`: the password change the portal
// forces at first login. The current password comes from the first line of stdin or
// SEGURDESK_PASSWORD; the new one from the second line of stdin with --new-password-stdin, else
// from SEGURDESK_NEW_PASSWORD, else from stdin. The portal's policy violations are printed per
// field. Exit 0 when changed, 1 when refused, 2 on bad arguments.
class PasswordCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
