#pragma once

#include "core/model/Dossier.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;

namespace segurdesk::widgets {
class DocumentField;
class FieldCheck;
} // namespace segurdesk::widgets

namespace segurdesk::enrollment {

class DossierEditor;

namespace Ui {
class PersonForm;
}

// The six fields of a person of step 2 (the legal representative, or the depositor who files
// for them), each checked as it is typed, and the field for their identity document, over the
// dossier's `person`. The page that shows it binds the document and names the fields' targets.
class PersonForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonForm)

public:
    // `editor` must outlive the form.
    PersonForm(DossierEditor& editor, model::Person model::Dossier::*person, QWidget* parent = nullptr);
    ~PersonForm() override;

    // Shows the dossier's values again (a draft reopened, the page shown again).
    void load();

    // Each field's name in the dossier ("last_name") with the label of its control.
    QList<std::pair<QString, QLabel*>> fieldLabels() const;
    widgets::DocumentField* identityDocument() const { return m_identityDocument; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void edit(void (*change)(model::Person&, const QString&), const QString& text);
    void showDocumentTypes();

    std::unique_ptr<Ui::PersonForm> m_ui;
    DossierEditor& m_editor;
    model::Person model::Dossier::*m_person;
    widgets::FieldCheck* m_confirmationCheck = nullptr;
    widgets::DocumentField* m_identityDocument = nullptr;
};

} // namespace segurdesk::enrollment
