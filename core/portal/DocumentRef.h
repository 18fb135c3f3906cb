#pragma once

#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QString>

namespace segurdesk::portal {

// A document of a dossier on the portal: an uploaded part (`kind` is its part name, e.g.
// "rib") or the decision letter ("decision_letter"). Download it with DocumentDownloadRequest.
struct DocumentRef
{
    QString id;
    QString kind;
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha256;
    QDateTime createdAt;
    QString url;

    static DocumentRef read(ReplyReader& reader);
};

} // namespace segurdesk::portal
