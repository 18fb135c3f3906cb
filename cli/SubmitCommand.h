#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli [--portal URL] submit [--captcha CODE] [--json] [--timeout S] DOSSIER.json|DRAFT_ID...`
// Submissions left pending by an earlier run (killed, portal down) are resent first. Then each
// target is validated (nothing is sent when it has an error), imported as a draft when it is a
// file (the same file again resumes the same draft) and sent exactly once
// (services::DraftSubmission, driven by SubmitBatch). A progress line per step goes to stderr
// ("[12/300] dossier-012.json … envoyé"); a summary table (or, with --json, an array) goes to
// stdout. Exit 0 when every dossier is on the portal, 1 when any is invalid, refused or still
// pending, 2 on bad arguments.
class SubmitCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
