#include "app/account/AccountStepDialog.h"

#include "app/widgets/SeverityColour.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>

namespace segurdesk::account {

AccountStepDialog::AccountStepDialog(services::AccountService& account, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
{
    connect(&m_account, &services::AccountService::finished, this,
            [this](services::AccountService::Operation operation, const portal::PortalError& error) {
                if (!std::exchange(m_sending, false))
                    return;
                setInputsEnabled(true);
                m_message->hide();
                onFinished(operation, error);
            });
}

AccountStepDialog::~AccountStepDialog() = default;

void AccountStepDialog::setUpStep(QLabel& message, QDialogButtonBox& buttons)
{
    m_message = &message;
    m_buttons = &buttons;
    m_message->hide();
    // Wide enough for an introduction and a refusal to read in a few lines.
    setMinimumWidth(56 * fontMetrics().averageCharWidth());
}

void AccountStepDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}

void AccountStepDialog::beginSending(const QString& progress)
{
    m_sending = true;
    setInputsEnabled(false);
    m_message->setPalette(palette());
    m_message->setText(progress);
    m_message->show();
}

void AccountStepDialog::showProblem(QWidget* field, const QString& problem)
{
    widgets::showProblem(*m_message, field, problem);
    if (field != nullptr)
        field->setFocus();
}

void AccountStepDialog::showRefusal(const portal::PortalError& error, const QHash<QString, QWidget*>& fields,
                                    QWidget* fallback)
{
    if (error.fieldErrors.isEmpty()) {
        showProblem(fallback, error.message());
        return;
    }
    QStringList messages;
    QWidget* first = nullptr;
    for (const model::FieldError& fieldError : error.fieldErrors) {
        messages.append(fieldError.message);
        QWidget* field = fields.value(fieldError.field, fallback);
        if (first == nullptr)
            first = field;
        if (field != nullptr)
            field->setAccessibleDescription(fieldError.message);
    }
    showProblem(first, messages.join(QLatin1Char('\n')));
}

void AccountStepDialog::showInformation(const QString& text)
{
    m_message->setPalette(palette());
    m_message->setText(text);
    m_message->show();
}

void AccountStepDialog::setInputsEnabled(bool enabled)
{
    m_buttons->setEnabled(enabled);
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        // A combo box's own edit follows its box.
        if (qobject_cast<QComboBox*>(edit->parentWidget()) == nullptr)
            edit->setEnabled(enabled);
    }
    for (QComboBox* box : findChildren<QComboBox*>())
        box->setEnabled(enabled);
    for (QAbstractButton* button : findChildren<QAbstractButton*>())
        button->setEnabled(enabled);
}

} // namespace segurdesk::account
