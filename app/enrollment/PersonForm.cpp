#include "app/enrollment/PersonForm.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FieldCheck.h"
#include "core/validation/Email.h"
#include "core/validation/PersonName.h"
#include "core/validation/Phone.h"
#include "ui_PersonForm.h"

#include <QEvent>
#include <QRegularExpression>

namespace segurdesk::enrollment {

PersonForm::PersonForm(DossierEditor& editor, model::Person model::Dossier::*person, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PersonForm>())
    , m_editor(editor)
    , m_person(person)
{
    m_ui->setupUi(this);
    m_identityDocument = new widgets::DocumentField(QString(), this);
    m_identityDocument->setObjectName(QStringLiteral("identityDocumentField"));
    m_ui->personLayout->addWidget(m_identityDocument);

    new widgets::FieldCheck(m_ui->lastNameEdit, m_ui->lastNameMessage, validation::validatePersonName, this);
    new widgets::FieldCheck(m_ui->firstNameEdit, m_ui->firstNameMessage, validation::validatePersonName, this);
    new widgets::FieldCheck(m_ui->emailEdit, m_ui->emailMessage, validation::validateEmail, this);
    m_confirmationCheck = new widgets::FieldCheck(
        m_ui->emailConfirmationEdit, m_ui->emailConfirmationMessage,
        [this](QStringView again) { return validation::validateEmailConfirmation(m_ui->emailEdit->text(), again); },
        this);
    auto* phoneCheck = new widgets::FieldCheck(m_ui->phoneEdit, m_ui->phoneMessage, validation::validatePhone, this);
    phoneCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([0-9\s.+()-]*)")));

    connect(m_ui->lastNameEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit([](model::Person& p, const QString& value) { p.lastName = value; }, text);
    });
    connect(m_ui->firstNameEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit([](model::Person& p, const QString& value) { p.firstName = value; }, text);
    });
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit([](model::Person& p, const QString& value) { p.email = value; }, text);
        // The confirmation typed first is judged again against the address.
        if (!m_ui->emailConfirmationEdit->text().isEmpty())
            m_confirmationCheck->reveal();
    });
    connect(m_ui->emailConfirmationEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit([](model::Person& p, const QString& value) { p.emailConfirmation = value; }, text);
    });
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        edit([](model::Person& p, const QString& value) { p.phone = value; }, text);
    });
    connect(m_ui->idTypeCombo, &QComboBox::activated, this, [this](int index) {
        const auto type = static_cast<model::IdentityDocumentType>(m_ui->idTypeCombo->itemData(index).toInt());
        m_editor.edit([this, type](model::Dossier& d) { (d.*m_person).idDocumentType = type; });
    });
    showDocumentTypes();
}

PersonForm::~PersonForm() = default;

void PersonForm::load()
{
    const model::Person& person = m_editor.dossier().*m_person;
    m_ui->lastNameEdit->setText(person.lastName);
    m_ui->firstNameEdit->setText(person.firstName);
    m_ui->emailEdit->setText(person.email);
    m_ui->emailConfirmationEdit->setText(person.emailConfirmation);
    m_ui->phoneEdit->setText(person.phone);
    showDocumentTypes();
}

QList<std::pair<QString, QLabel*>> PersonForm::fieldLabels() const
{
    return {{QStringLiteral("last_name"), m_ui->lastNameLabel},
            {QStringLiteral("first_name"), m_ui->firstNameLabel},
            {QStringLiteral("email"), m_ui->emailLabel},
            {QStringLiteral("email_confirmation"), m_ui->emailConfirmationLabel},
            {QStringLiteral("phone"), m_ui->phoneLabel},
            {QStringLiteral("id_document_type"), m_ui->idTypeLabel}};
}

void PersonForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showDocumentTypes();
    }
    QWidget::changeEvent(event);
}

void PersonForm::edit(void (*change)(model::Person&, const QString&), const QString& text)
{
    m_editor.edit([this, change, &text](model::Dossier& d) { change(d.*m_person, text); });
}

void PersonForm::showDocumentTypes()
{
    QComboBox* combo = m_ui->idTypeCombo;
    combo->clear();
    combo->setPlaceholderText(tr("Choose the type…"));
    for (const model::IdentityDocumentType type : model::allIdentityDocumentTypes())
        combo->addItem(model::identityDocumentTypeLabel(type), int(type));
    const std::optional<model::IdentityDocumentType> chosen = (m_editor.dossier().*m_person).idDocumentType;
    combo->setCurrentIndex(chosen ? combo->findData(int(*chosen)) : -1);
}

} // namespace segurdesk::enrollment
