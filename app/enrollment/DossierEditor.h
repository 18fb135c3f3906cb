#pragma once

#include "core/files/FileInspection.h"
#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/model/DossierValidator.h"
#include "core/model/FieldError.h"
#include "core/services/DraftKeeper.h"

#include <QImage>
#include <QJsonValue>
#include <QMap>
#include <QObject>

#include <functional>

namespace segurdesk::enrollment {

// The one dossier the enrollment wizard edits, and what the project's rules say about it. Pages
// read it, write their part with edit(), attach() and detach(), and follow changed().
//
// The rules are core/model's DossierValidator, the same the CLI and the portal apply: a page is
// complete when its step has no blocking error. A document is kept with the inspection its field
// made off the GUI thread when it was attached, so validating reads no file: it is a pure
// computation, done on the GUI thread at each change.
class DossierEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierEditor)

public:
    explicit DossierEditor(QObject* parent = nullptr);
    ~DossierEditor() override;

    const model::Dossier& dossier() const { return m_dossier; }
    // The portal's rules (from /config); the call's published values until they are known.
    const model::DossierRules& rules() const { return m_validator.rules(); }
    void setRules(const model::DossierRules& rules);

    // Takes the content of a resumed draft: its dossier, and its documents with their thumbnails.
    void load(const services::DraftKeeper::Loaded& draft);
    void edit(const std::function<void(model::Dossier&)>& change);
    void attach(model::DocumentKind kind, const QString& path, const files::FileInspection& inspection);
    void detach(model::DocumentKind kind);

    // The documents attached, each with the inspection made when it was. A document of a resumed
    // draft has no path: the draft keeps it, and keptThumbnail() is how it looks.
    const model::AttachmentSet& attachments() const { return m_attachments; }
    QImage keptThumbnail(model::DocumentKind kind) const { return m_keptThumbnails.value(kind); }
    // The dossier as a draft keeps it, on `step`.
    services::DraftKeeper::Content content(int step) const { return {m_dossier, m_attachments, step}; }
    // Whether anything was typed or attached yet.
    bool isTouched() const { return !(m_dossier == model::Dossier()) || !m_attachments.kinds().isEmpty(); }
    // What keeps `step` (1..5) from being complete: the rules' problems, and what the portal
    // refused that has not changed since.
    model::FieldErrors blockingProblemsOfStep(int step) const;
    // What the portal refused in the dossier as it is now, field by field. Each problem stays
    // until its field changes.
    void setPortalProblems(const model::FieldErrors& problems);
    // Whether `problem` is one the portal found, rather than the rules.
    bool isFromPortal(const model::FieldError& problem) const { return m_portalProblemsNow.contains(problem); }

signals:
    // After every change of the dossier or of the rules.
    void changed();
    // After setRules(), before changed().
    void rulesChanged();

private:
    void revalidate();

    model::Dossier m_dossier;
    model::AttachmentSet m_attachments;
    QMap<model::DocumentKind, QImage> m_keptThumbnails;
    model::DossierValidator m_validator;
    model::FieldErrors m_problems;
    // The portal's problems, each with the value its field had when the portal refused it.
    QList<std::pair<model::FieldError, QJsonValue>> m_portalProblems;
    model::FieldErrors m_portalProblemsNow; // those whose field has not changed since
};

} // namespace segurdesk::enrollment
