#pragma once

#include "core/model/DocumentKind.h"
#include "core/model/FieldError.h"

#include <QList>
#include <QWizardPage>

#include <functional>

class QBoxLayout;
class QLabel;

namespace segurdesk::widgets {
class DocumentField;
class MissingList;
} // namespace segurdesk::widgets

namespace segurdesk::enrollment {

class DossierEditor;

// What every step of the enrollment wizard shares: the dossier it edits, "Suivant" enabled
// exactly when the rules find nothing blocking in its step (nor the page, in what it alone knows),
// the documents of the step kept in the dossier, and under the form the list of what is still
// missing, each item a link to the control that fixes it.
class EnrollmentPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentPage)

public:
    ~EnrollmentPage() override;

    bool isComplete() const override;
    // Shows the documents the dossier holds for the step; a page that loads more calls it too.
    void initializePage() override;

protected:
    // `step` is the step of the form (1..5) whose rules this page answers for.
    EnrollmentPage(DossierEditor& editor, int step, QWidget* parent);

    DossierEditor& editor() const { return m_editor; }

    // The control that fixes a problem of `field` (a dossier path such as "bank.iban"), named
    // in the missing list by `name` (read when the list is drawn, so it follows the language).
    void addTarget(const QString& field, QWidget* target, std::function<QString()> name);
    // The same for the buddy of `label`, named by the label's text.
    void addTarget(const QString& field, QLabel* label);
    // A label's text as a name in a sentence: "&IBAN :" → "IBAN".
    static QString labelName(const QLabel* label);
    // Keeps the dossier's document `kind` in step with `field`: the portal's size limit shown and
    // applied, an accepted file attached, a removed one detached. With `wanted`, the field shows
    // only while the dossier needs the document, and the file is in the dossier only then. The
    // field is its target.
    void bindDocument(widgets::DocumentField* field, model::DocumentKind kind, std::function<bool()> wanted = {});
    // Creates the missing list at the end of `layout`, so that it comes last in the tab order.
    void placeMissingList(QBoxLayout* layout);
    // The list redrawn, for a page that renamed its controls (a language change).
    void showMissing();

    // What blocks the page beyond the dossier's rules: what the portal answered about a value,
    // which the dossier does not keep. Empty by default.
    virtual model::FieldErrors pageProblems() const;
    // For a page whose pageProblems() changed.
    void problemsChanged();

private:
    model::FieldErrors blockingProblems() const;

    struct Target
    {
        QString field;
        QWidget* widget;
        std::function<QString()> name;
    };
    struct BoundDocument
    {
        widgets::DocumentField* field;
        model::DocumentKind kind;
    };

    DossierEditor& m_editor;
    int m_step;
    QList<Target> m_targets;
    QList<BoundDocument> m_documents;
    widgets::MissingList* m_missing = nullptr;
};

} // namespace segurdesk::enrollment
