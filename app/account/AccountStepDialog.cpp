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
                if (m_sending != operation)
                    return;
                m_sending.reset();
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

void AccountStepDialog::send(services::AccountService::Operation operation, const QString& progress,
                             const std::function<void(services::AccountService&)>& start)
{
    if (m_account.isBusy()) {
        showProblem(nullptr, tr("The portal is still answering an earlier request: try again in a moment."));
        return;
    }
    m_sending = operation;
    setInputsEnabled(false);
    // What a screen reader was told of an earlier problem goes with it.
    for (QWidget* field : findChildren<QWidget*>())
        field->setAccessibleDescription(QString());
    m_message->setPalette(palette());
    m_message->setText(progress);
    m_message->show();
    start(m_account);
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
        showProblem(nullptr, error.message());
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
    widgets::showProblem(*m_message, nullptr, messages.join(QLatin1Char('\n')));
    if (first != nullptr)
        first->setFocus();
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
