#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli advance --login ID ENROLLMENT_ID --current A,O,P --estimated A,O,P`: requests
// the advance of a validated enrollment (counts of applicative, organizational and personal
// mailboxes, today and estimated at the closing date); the portal decides it at once and the
// command prints its status, amounts and decision letter. One Idempotency-Key per run, so the
// client's own retries never make a second request.
// `segurdesk-cli advance --forecast --estimated A,O,P [--vat RATE]`: the amount the funding rule
// of the portal's /config gives for those counts, computed locally; no account needed.
// Exit 0 when done, 1 when the portal refuses, 2 on bad arguments.
class AdvanceCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    Task<int> forecast(QStringList arguments, const QString& estimated, const QString& vat, QTextStream& out,
                       QTextStream& err);
};

} // namespace segurdesk::cli
