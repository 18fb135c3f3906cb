#include "app/enrollment/DossierEditor.h"

#include <QFileInfo>

namespace segurdesk::enrollment {

DossierEditor::DossierEditor(QObject* parent)
    : QObject(parent)
{
    m_problems = m_validator.validate(m_dossier, m_attachments);
}

DossierEditor::~DossierEditor() = default;

void DossierEditor::setRules(const model::DossierRules& rules)
{
    m_validator = model::DossierValidator(rules);
    emit rulesChanged();
    revalidate();
}

void DossierEditor::load(const services::DraftKeeper::Loaded& draft)
{
    m_dossier = draft.content.dossier;
    m_attachments = draft.content.attachments;
    m_keptThumbnails = draft.thumbnails;
    revalidate();
}

void DossierEditor::edit(const std::function<void(model::Dossier&)>& change)
{
    change(m_dossier);
    revalidate();
}

void DossierEditor::attach(model::DocumentKind kind, const QString& path, const files::FileInspection& inspection)
{
    m_keptThumbnails.remove(kind);
    m_dossier.documents.insert(kind, path);
    m_attachments.insert(kind, model::Attachment {QFileInfo(path).fileName(), path, inspection});
    revalidate();
}

void DossierEditor::detach(model::DocumentKind kind)
{
    m_keptThumbnails.remove(kind);
    m_dossier.documents.remove(kind);
    m_attachments.remove(kind);
    revalidate();
}

model::FieldErrors DossierEditor::blockingProblemsOfStep(int step) const
{
    model::FieldErrors blocking;
    for (const model::FieldError& problem : model::errorsOfStep(m_problems, step)) {
        if (problem.isBlocking())
            blocking.append(problem);
    }
    return blocking;
}

void DossierEditor::revalidate()
{
    m_problems = m_validator.validate(m_dossier, m_attachments);
    emit changed();
}

} // namespace segurdesk::enrollment
