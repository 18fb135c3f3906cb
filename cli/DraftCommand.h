#pragma once

#include "cli/Command.h"

namespace segurdesk::services {
class LocalData;
}

namespace segurdesk::cli {

// `segurdesk-cli draft new|list|show|attach|set|rm ...`: the encrypted drafts shared with the
// app (see openLocalData for the key). `new [DOSSIER.json]` prints the new draft's id (importing a
// dossier file and its documents when given); `set ID FIELD VALUE` sets one member by its
// dotted path ("bank.iban"; an empty VALUE removes it) and refuses what the dossier format
// would not read; `attach ID FIELD FILE` inspects the file first and stores nothing when it is
// refused. Exit 0 on success, 1 when a draft, value or file is refused, 2 on bad arguments.
class DraftCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    int create(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err);
    int list(services::LocalData& store, bool json, QTextStream& out, QTextStream& err);
    int show(services::LocalData& store, const QString& id, bool json, QTextStream& out, QTextStream& err);
    int attach(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err);
    int set(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err);
    int remove(services::LocalData& store, const QString& id, QTextStream& out, QTextStream& err);
};

} // namespace segurdesk::cli
