#include "app/enrollment/EnrollmentPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/MissingList.h"

#include <QBoxLayout>
#include <QLabel>

#include <algorithm>

namespace segurdesk::enrollment {

EnrollmentPage::EnrollmentPage(DossierEditor& editor, int step, QWidget* parent)
    : QWizardPage(parent)
    , m_editor(editor)
    , m_step(step)
{
    connect(&m_editor, &DossierEditor::changed, this, &EnrollmentPage::problemsChanged);
}

EnrollmentPage::~EnrollmentPage() = default;

bool EnrollmentPage::isComplete() const
{
    return blockingProblems().isEmpty();
}

model::FieldErrors EnrollmentPage::pageProblems() const
{
    return {};
}

void EnrollmentPage::problemsChanged()
{
    showMissing();
    emit completeChanged();
}

model::FieldErrors EnrollmentPage::blockingProblems() const
{
    return m_editor.blockingProblemsOfStep(m_step) + pageProblems();
}

void EnrollmentPage::initializePage()
{
    for (const BoundDocument& document : std::as_const(m_documents)) {
        const model::Attachment* held = m_editor.attachments().find(document.kind);
        if (!held || !held->inspection)
            continue;
        if (held->path.isEmpty() && document.field->fileName() != held->reference)
            document.field->restoreKept(held->reference, *held->inspection, m_editor.keptThumbnail(document.kind));
        else if (!held->path.isEmpty() && held->path != document.field->filePath())
            document.field->restore(held->path, *held->inspection);
    }
}

void EnrollmentPage::addTarget(const QString& field, QWidget* target, std::function<QString()> name)
{
    m_targets.append({field, target, std::move(name)});
    showMissing();
}

void EnrollmentPage::addTarget(const QString& field, QLabel* label)
{
    addTarget(field, label->buddy(), [label] { return labelName(label); });
}

QString EnrollmentPage::labelName(const QLabel* label)
{
    QString name = label->text().remove(QLatin1Char('&')).trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

void EnrollmentPage::bindDocument(widgets::DocumentField* field, model::DocumentKind kind, std::function<bool()> wanted)
{
    const auto applyLimits = [this, field] {
        files::InspectionLimits limits;
        limits.maxBytes = m_editor.rules().maxUploadBytes;
        field->setLimits(limits);
    };
    applyLimits();
    connect(&m_editor, &DossierEditor::rulesChanged, field, applyLimits);
    if (wanted) {
        // The dossier's needs follow its other fields (a VAT rate, a SIRET): a document no longer
        // needed leaves the dossier but stays in its hidden field, and comes back with the need.
        const auto follow = [this, field, kind, wanted] {
            const bool needed = wanted();
            field->setVisible(needed);
            const bool held = m_editor.attachments().find(kind) != nullptr;
            if (held && !needed) {
                m_editor.detach(kind);
                // A resumed draft's own copy goes with it: it has no file to come back from.
                if (field->filePath().isEmpty())
                    field->clear();
            } else if (!held && needed && !field->filePath().isEmpty()) {
                m_editor.attach(kind, field->filePath(), field->inspection());
            }
        };
        connect(&m_editor, &DossierEditor::changed, field, follow);
        follow();
    }
    connect(field, &widgets::DocumentField::attached, this,
            [this, kind, wanted = std::move(wanted)](const QString& path, const files::FileInspection& inspection) {
                // A check that ends after the dossier stopped needing the document (another VAT
                // rate chosen meanwhile) leaves the file in its field only.
                if (!wanted || wanted())
                    m_editor.attach(kind, path, inspection);
            });
    connect(field, &widgets::DocumentField::removed, this, [this, kind] { m_editor.detach(kind); });
    m_documents.append({field, kind});
    addTarget(model::documentField(kind), field, [field] { return field->title(); });
}

void EnrollmentPage::placeMissingList(QBoxLayout* layout)
{
    m_missing = new widgets::MissingList(this);
    layout->addWidget(m_missing);
    showMissing();
}

void EnrollmentPage::showMissing()
{
    if (!m_missing)
        return;
    QList<widgets::MissingList::Item> items;
    for (const model::FieldError& problem : blockingProblems()) {
        const auto target = std::find_if(m_targets.cbegin(), m_targets.cend(),
                                         [&problem](const Target& t) { return t.field == problem.field; });
        // A field the page does not show has no link: its message says what to do. What the portal
        // refused says why beside the field's name.
        QString name = target != m_targets.cend() ? target->name() : problem.message;
        if (target != m_targets.cend() && m_editor.isFromPortal(problem))
            name = tr("%1: %2").arg(name, problem.message);
        QWidget* widget = target != m_targets.cend() ? target->widget : nullptr;
        const bool listed = std::any_of(items.cbegin(), items.cend(),
                                        [&name](const widgets::MissingList::Item& item) { return item.name == name; });
        if (!listed)
            items.append({name, widget});
    }
    m_missing->setItems(items);
}

} // namespace segurdesk::enrollment
