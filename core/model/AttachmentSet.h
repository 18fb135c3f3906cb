#pragma once

#include "core/files/FileInspection.h"
#include "core/model/DocumentKind.h"

#include <QDir>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace segurdesk::model {

struct Dossier;

// One document handed to DossierValidator: a file to inspect, or the result of an
// inspection already made (the sandbox inspects the parts it received; the app inspects a
// file when it is attached).
struct Attachment
{
    // How the dossier names the file ("pieces/rib.pdf"), repeated in messages.
    QString reference;
    // The file to inspect when `inspection` is not set.
    QString path;
    std::optional<files::FileInspection> inspection;
};

// The documents of one dossier, by field.
class AttachmentSet
{
public:
    void insert(DocumentKind kind, const Attachment& attachment);
    void remove(DocumentKind kind) { m_attachments.remove(kind); }
    bool contains(DocumentKind kind) const { return m_attachments.contains(kind); }
    // nullptr when the document is absent.
    const Attachment* find(DocumentKind kind) const;
    QList<DocumentKind> kinds() const { return m_attachments.keys(); }

    // The dossier's document references as files, a relative reference being resolved
    // against `baseDir` (the dossier file's folder).
    static AttachmentSet fromDossier(const Dossier& dossier, const QDir& baseDir);

private:
    QMap<DocumentKind, Attachment> m_attachments;
};

} // namespace segurdesk::model
