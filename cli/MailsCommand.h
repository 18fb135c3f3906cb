#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli mails --login ID [--json]`: the mails the portal sent to the account, newest
// first; `mails --login ID MAIL_ID [--json]` prints one with its body. Exit 0 when shown, 1
// when the portal refuses (an unknown id), 2 on bad arguments.
class MailsCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
