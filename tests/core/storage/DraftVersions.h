#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace segurdesk::storage::testing {

// The content the draft writer saves at each version, so that a loaded draft can be checked
// byte for byte: sizes vary so that kills land in files of different lengths.
QJsonObject dossierFor(int version);
QByteArray documentFor(int version);
// The version a dossier or document was made for; -1 if it matches none exactly.
int dossierVersion(const QJsonObject& dossier);
int documentVersion(const QByteArray& document);

} // namespace segurdesk::storage::testing
