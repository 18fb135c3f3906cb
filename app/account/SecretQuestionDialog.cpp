#include "app/account/SecretQuestionDialog.h"

#include "core/validation/AccountSecrets.h"
#include "ui_SecretQuestionDialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace segurdesk::account {

SecretQuestionDialog::SecretQuestionDialog(services::AccountService& account, QWidget* parent)
    : AccountStepDialog(account, parent)
    , m_ui(std::make_unique<Ui::SecretQuestionDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretQuestionDialog"));
    setUpStep(*m_ui->messageLabel, *m_ui->buttons);
    retranslate();
    m_ui->questionEdit->setCurrentIndex(-1);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SecretQuestionDialog::setQuestion);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->questionEdit->setFocus();
}

SecretQuestionDialog::~SecretQuestionDialog() = default;

void SecretQuestionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString typed = m_ui->questionEdit->currentText();
        m_ui->retranslateUi(this);
        retranslate();
        m_ui->questionEdit->setEditText(typed);
    }
    AccountStepDialog::changeEvent(event);
}

void SecretQuestionDialog::setQuestion()
{
    // Sent trimmed: the limit applies to what is sent.
    const ValidationResult question = validation::validateSecretQuestion(m_ui->questionEdit->currentText().trimmed());
    if (!question.isValid()) {
        showProblem(m_ui->questionEdit, question.message);
        return;
    }
    const ValidationResult answer = validation::validateSecretAnswer(m_ui->answerEdit->text());
    if (!answer.isValid()) {
        showProblem(m_ui->answerEdit, answer.message);
        return;
    }
    if (validation::validateSecretAnswer(m_ui->answerConfirmationEdit->text()).normalized != answer.normalized) {
        showProblem(m_ui->answerConfirmationEdit, tr("The confirmation differs from the answer."));
        return;
    }
    send(services::AccountService::Operation::SetSecretQuestion, tr("Saving the secret question…"),
         [question = question.normalized, answer = m_ui->answerEdit->text()](services::AccountService& account) {
             account.setSecretQuestion(question, answer);
         });
}

void SecretQuestionDialog::onFinished(services::AccountService::Operation, const portal::PortalError& error)
{
    if (!error.isError()) {
        accept();
        return;
    }
    showRefusal(error, {{QStringLiteral("question"), m_ui->questionEdit}, {QStringLiteral("answer"), m_ui->answerEdit}},
                m_ui->questionEdit);
}

void SecretQuestionDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Last step of your first login: choose a question whose answer only you know. The "
                                 "portal will ask you for the answer if you ever forget your password. Capitals, "
                                 "accents and extra spaces in the answer do not matter."));
    m_ui->questionEdit->clear();
    m_ui->questionEdit->addItems(
        {tr("What was the name of your first pet?"), tr("In which town did your parents meet?"),
         tr("What was the name of your primary school?"), tr("What was the make of your first car?")});
    m_ui->questionEdit->lineEdit()->setPlaceholderText(tr("Choose a question or type your own"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::account
