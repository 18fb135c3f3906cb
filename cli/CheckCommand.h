#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli check KIND VALUE... [--file F]... [--json]`, KIND one of iban bic siret siren
// tva email phone. Each value goes through the core validator of its kind; a --file gives one
// value per line, taken as it is (whitespace kept, the validator normalizes it). Prints one
// tab-separated line per value — input (tabs and line breaks escaped), valid|invalid,
// normalized form, "[code] message" — or with --json one array of
// {input, kind, valid, normalized, code, message}. A warning counts as valid.
// Exit 0 when every value is valid, 1 when any is invalid, 2 on a usage error (unknown kind or
// option, no value, unreadable file).
class CheckCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
