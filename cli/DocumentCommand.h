#pragma once

#include "cli/Command.h"

namespace segurdesk::cli {

// `segurdesk-cli document --login ID DOCUMENT_ID -o FILE [--force]`: downloads a document of
// one of the account's dossiers (an uploaded part or the decision letter) into FILE, written
// whole or not at all (QSaveFile). An existing FILE is kept unless --force. Exit 0 when saved,
// 1 when the portal refuses or the file cannot be written, 2 on bad arguments.
class DocumentCommand : public Command
{
public:
    QString name() const override;
    QString synopsis() const override;
    Task<int> run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace segurdesk::cli
