#include "app/enrollment/DossierEditor.h"

#include "core/model/DossierJson.h"

#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace segurdesk::enrollment {

namespace {

// The value of `field` ("applicant.siret", "documents.kbis") in `dossier`'s JSON.
QJsonValue valueOf(const QJsonObject& dossier, const QString& field)
{
    QJsonValue value = dossier;
    for (const QString& name : field.split(QLatin1Char('.')))
        value = value.toObject().value(name);
    return value;
}

} // namespace

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

void DossierEditor::setPortalProblems(const model::FieldErrors& problems)
{
    const QJsonObject json = model::DossierJson::toJson(m_dossier);
    m_portalProblems.clear();
    for (const model::FieldError& problem : problems)
        m_portalProblems.append({problem, valueOf(json, problem.field)});
    revalidate();
}

void DossierEditor::revalidate()
{
    m_problems = m_validator.validate(m_dossier, m_attachments);
    m_portalProblemsNow.clear();
    if (!m_portalProblems.isEmpty()) {
        const QJsonObject json = model::DossierJson::toJson(m_dossier);
        for (const auto& [problem, refusedValue] : m_portalProblems) {
            // A field the rules already fault says so once, in the rules' words.
            const QString& field = problem.field;
            const bool known = std::any_of(m_problems.cbegin(), m_problems.cend(),
                                           [&field](const model::FieldError& other) { return other.field == field; });
            if (!known && valueOf(json, problem.field) == refusedValue)
                m_portalProblemsNow.append(problem);
        }
        m_problems += m_portalProblemsNow;
    }
    emit changed();
}

} // namespace segurdesk::enrollment
