#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli secret-question --login ID --question TEXT`: the recovery question the portal
// asks for once the first password is changed, before any dossier call. The password comes from
// the first line of stdin or SEGURDESK_PASSWORD; the answer, a secret too, from
// SEGURDESK_SECRET_ANSWER or the next line of stdin, never from the command line. The portal's
// refusals are printed per field. Exit 0 when set, 1 when refused, 2 on bad arguments.
class SecretQuestionCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
