#pragma once

#include <QJsonObject>
#include <QString>

namespace segurdesk::cli {

// Sets one member of a draft's dossier JSON from text typed on a command line. The member's
// JSON type is the one the dossier format reads there: the text is tried as a string, then as a
// yes/no answer ("true", "oui", "non", ...), and the first the format accepts at that path
// wins. An empty value removes the member.
class DraftFieldSetter
{
public:
    // Returns the message explaining the refusal, or an empty string with `dossier` updated.
    static QString set(QJsonObject& dossier, const QString& path, const QString& value);
};

} // namespace segurdesk::cli
