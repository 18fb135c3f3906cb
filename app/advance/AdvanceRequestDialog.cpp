#include "app/advance/AdvanceRequestDialog.h"

#include "app/widgets/SeverityColour.h"
#include "core/portal/PortalConfig.h"
#include "core/portal/PortalError.h"
#include "ui_AdvanceRequestDialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace segurdesk::advance {

AdvanceRequestDialog::AdvanceRequestDialog(const portal::EnrollmentDetail& enrollment, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdvanceRequestDialog>())
    , m_enrollment(enrollment)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("validateButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    for (QSpinBox* count : {m_ui->currentApplicative, m_ui->currentOrganizational, m_ui->currentPersonal,
                            m_ui->estimatedApplicative, m_ui->estimatedOrganizational, m_ui->estimatedPersonal})
        connect(count, &QSpinBox::valueChanged, this, &AdvanceRequestDialog::showForecast);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] { emit submitRequested(request()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AdvanceRequestDialog::reject);
    m_ui->advanceMessage->hide();
    // Wide enough for the row labels on one line each, in French.
    setMinimumWidth(95 * fontMetrics().horizontalAdvance(QLatin1Char('0')));
    setState(State::Editing);
    showIntro();
    showForecast();
}

AdvanceRequestDialog::~AdvanceRequestDialog() = default;

void AdvanceRequestDialog::setConfig(const portal::PortalConfig& config)
{
    m_config = std::make_unique<portal::PortalConfig>(config);
    showIntro();
    showForecast();
    updateButtons();
}

void AdvanceRequestDialog::setConfigProblem(const QString& problem)
{
    widgets::showProblem(*m_ui->advanceMessage, m_ui->forecastValue,
                         tr("The funding rule cannot be read from the portal: %1").arg(problem));
}

void AdvanceRequestDialog::setSending()
{
    setState(State::Sending);
    showMessage(tr("Sending the request to the portal…"));
}

void AdvanceRequestDialog::setRefused(const portal::PortalError& error)
{
    setState(State::Editing);
    showProblem(error, tr("The portal refused the request:"));
}

void AdvanceRequestDialog::setOutcomeUnknown(const portal::PortalError& error)
{
    setState(State::OutcomeUnknown);
    showProblem(error,
                tr("The portal's answer did not arrive, and it may have recorded the request. Send the same "
                   "request again: it will not be counted twice."));
}

void AdvanceRequestDialog::setAlreadyRequested(const portal::PortalError& error)
{
    setState(State::Closed);
    showProblem(error, tr("This enrollment already has its advance request; the list of your dossiers shows it."));
}

void AdvanceRequestDialog::setState(State state)
{
    m_state = state;
    // Once sent, the counts are those the portal may hold: they change only after a refusal.
    m_ui->countsGroup->setEnabled(state == State::Editing);
    updateButtons();
}

void AdvanceRequestDialog::showProblem(const portal::PortalError& error, const QString& intro)
{
    QStringList lines {intro, error.message()};
    for (const model::FieldError& field : error.fieldErrors) {
        if (!field.message.isEmpty())
            lines << field.message;
    }
    widgets::showProblem(*m_ui->advanceMessage, m_ui->countsGroup, lines.join(QLatin1Char('\n')));
}

model::AdvanceRequest AdvanceRequestDialog::request() const
{
    return {m_enrollment.summary.id,
            {m_ui->currentApplicative->value(), m_ui->currentOrganizational->value(), m_ui->currentPersonal->value()},
            {m_ui->estimatedApplicative->value(), m_ui->estimatedOrganizational->value(),
             m_ui->estimatedPersonal->value()}};
}

void AdvanceRequestDialog::reject()
{
    // The outcome of a request on its way is shown here: closing would hide whether it was made.
    if (m_state != State::Sending)
        QDialog::reject();
}

void AdvanceRequestDialog::showIntro()
{
    m_ui->introLabel->setText(tr("Advance request for enrollment %1 — %2. Give the mailboxes (BAL) of each kind "
                                 "declared in the Annuaire Santé today, and those you expect at the closing date.")
                                  .arg(m_enrollment.summary.number, m_enrollment.summary.displayName()));
    if (m_config && m_config->call.countsReferenceDate.isValid())
        m_ui->estimatedLabel->setText(
            tr("Mailboxes estimated at the closing date (%1)")
                .arg(QLocale().toString(m_config->call.countsReferenceDate, QLocale::ShortFormat)));
    m_ui->vatRateValue->setText(m_enrollment.vatRate.label());
}

void AdvanceRequestDialog::showForecast()
{
    if (!m_config) {
        m_ui->fixedAmountValue->setText(tr("Asking the portal…"));
        m_ui->forecastValue->clear();
        return;
    }
    const model::FundingRule& rule = m_config->fundingRule;
    const model::MailboxCounts estimated = request().estimatedAtClosing;
    m_ui->fixedAmountValue->setText(
        tr("%1 excl. VAT, %2 incl. VAT")
            .arg(rule.fixedPart().format(), rule.fixedPart().includingVat(m_enrollment.vatRate).format()));
    m_ui->forecastValue->setText(tr("%1 excl. VAT, %2 incl. VAT")
                                     .arg(rule.amountExcludingVat(estimated).format(),
                                          rule.amountIncludingVat(estimated, m_enrollment.vatRate).format()));
}

void AdvanceRequestDialog::updateButtons()
{
    QPushButton* send = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    send->setText(m_state == State::OutcomeUnknown ? tr("Send the same request again") : tr("Send the request"));
    send->setEnabled(m_config && (m_state == State::Editing || m_state == State::OutcomeUnknown));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(m_state == State::Closed ? tr("Close") : tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(m_state != State::Sending);
}

void AdvanceRequestDialog::showMessage(const QString& message)
{
    m_ui->advanceMessage->setPalette(palette());
    m_ui->advanceMessage->setText(message);
    m_ui->advanceMessage->show();
}

void AdvanceRequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showIntro();
        showForecast();
        updateButtons();
    }
    QDialog::changeEvent(event);
}

} // namespace segurdesk::advance
