#include "app/enrollment/SubmissionPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/RecapDocument.h"
#include "app/enrollment/RecapPage.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/PrintDialog.h"
#include "core/services/Worker.h"
#include "ui_SubmissionPage.h"

#include <QDir>
#include <QEvent>
#include <QPixmap>
#include <QPrinter>
#include <QWizard>

namespace segurdesk::enrollment {

SubmissionPage::SubmissionPage(DossierEditor& editor, services::DossierSubmission& submission, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SubmissionPage>())
    , m_editor(editor)
    , m_submission(submission)
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(&m_submission, &services::DossierSubmission::waiting, this, [this](const QString& holder) {
        setStatus(tr("Waiting for %1 to finish with your local data…").arg(holder));
    });
    connect(&m_submission, &services::DossierSubmission::captchaRequested, this, &SubmissionPage::askCode);
    connect(&m_submission, &services::DossierSubmission::uploadProgress, this, &SubmissionPage::showProgress);
    connect(&m_submission, &services::DossierSubmission::finished, this, &SubmissionPage::showOutcome);
    connect(m_ui->captchaSendButton, &QPushButton::clicked, this, &SubmissionPage::sendCode);
    connect(m_ui->captchaEdit, &QLineEdit::returnPressed, this, &SubmissionPage::sendCode);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SubmissionPage::start);
    connect(m_ui->editButton, &QPushButton::clicked, this, &SubmissionPage::editRequested);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &SubmissionPage::savePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &SubmissionPage::print);
    retranslate();
}

SubmissionPage::~SubmissionPage() = default;

void SubmissionPage::initializePage()
{
    start();
}

bool SubmissionPage::isComplete() const
{
    return m_outcome && m_kept;
}

void SubmissionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void SubmissionPage::start()
{
    if (m_submission.isBusy())
        return;
    m_outcome.reset();
    emit completeChanged();
    for (QWidget* hidden : {static_cast<QWidget*>(m_ui->captchaGroup), static_cast<QWidget*>(m_ui->confirmationLabel),
                            static_cast<QWidget*>(m_ui->savePdfButton), static_cast<QWidget*>(m_ui->printButton),
                            static_cast<QWidget*>(m_ui->retryButton), static_cast<QWidget*>(m_ui->editButton)})
        hidden->hide();
    m_ui->sendProgress->setRange(0, 0);
    m_ui->sendProgress->show();
    setStatus(tr("Keeping the dossier, encrypted, in your local data…"));
    m_submission.submit(m_editor.content(RecapPage::Step));
}

void SubmissionPage::askCode(const QByteArray& png, const QString& previousRefusal)
{
    QPixmap image;
    image.loadFromData(png, "PNG");
    m_ui->captchaImage->setPixmap(image);
    m_ui->captchaEdit->clear();
    m_ui->captchaGroup->show();
    m_ui->captchaEdit->setFocus();
    m_ui->sendProgress->hide();
    setStatus(previousRefusal.isEmpty() ? tr("Type the security code shown, then send the dossier.")
                                        : tr("%1 Type the code of the new image.").arg(previousRefusal));
}

void SubmissionPage::sendCode()
{
    const QString code = m_ui->captchaEdit->text().trimmed();
    if (code.isEmpty())
        return;
    m_ui->captchaGroup->hide();
    m_ui->sendProgress->setRange(0, 0);
    m_ui->sendProgress->show();
    setStatus(tr("Sending the dossier to the portal…"));
    m_submission.answerCaptcha(code);
}

void SubmissionPage::showProgress(qint64 sent, qint64 total)
{
    // The bar counts kilobytes: an int holds a dossier of any size the portal takes.
    m_ui->sendProgress->setRange(0, int(std::max<qint64>(total, 1) / 1024 + 1));
    m_ui->sendProgress->setValue(int(sent / 1024));
}

void SubmissionPage::showOutcome(const services::SubmissionOutcome& outcome, bool kept)
{
    m_outcome = outcome;
    m_kept = kept;
    m_ui->sendProgress->hide();
    m_ui->captchaGroup->hide();
    switch (outcome.kind) {
    case services::SubmissionOutcome::Sent:
    case services::SubmissionOutcome::AlreadySent: {
        QString text = outcome.kind == services::SubmissionOutcome::Sent
            ? tr("Your enrollment request has been received by the ASP portal.")
            : tr("This request had already been received by the ASP portal; nothing was sent again.");
        if (!outcome.message.isEmpty())
            text += QLatin1Char(' ') + outcome.message;
        setStatus(text);
        m_ui->confirmationLabel->setText(RecapDocument::receiptSummary(outcome.receipt));
        m_ui->confirmationLabel->show();
        m_ui->savePdfButton->show();
        m_ui->printButton->show();
        break;
    }
    case services::SubmissionOutcome::Refused:
        setStatus(tr("The portal refused the dossier: %1 Correct it, then submit it again.").arg(outcome.message));
        m_ui->editButton->show();
        break;
    case services::SubmissionOutcome::Pending:
        if (!kept) {
            setStatus(
                tr("The dossier could not be kept in your local data, so nothing was sent. %1").arg(outcome.message));
            m_ui->retryButton->show();
            break;
        }
        setStatus(tr("The dossier has not been sent. %1 Nothing is lost: it is kept, encrypted, on this computer, "
                     "and \"Try again\" sends it with the same key, so that the portal never receives it twice.")
                      .arg(outcome.message)
                      .simplified());
        m_ui->retryButton->show();
        break;
    }
    emit completeChanged();
}

QString SubmissionPage::recordHtml() const
{
    return RecapDocument::receiptHtml(m_outcome->receipt, m_editor.dossier(), m_editor.attachments());
}

void SubmissionPage::savePdf()
{
    if (!m_outcome || !m_outcome->receipt.isValid())
        return;
    const QString html = recordHtml();
    const QString suggested = QDir::home().filePath(tr("enrollment-request-%1.pdf").arg(m_outcome->receipt.number));
    widgets::chooseFileToSave(
        this, tr("Save the record of the request"), tr("PDF documents (*.pdf)"), suggested,
        [this, html](const QString& path) {
            setStatus(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
            services::runOnWorker(
                this,
                [html, path] {
                    QString error;
                    return RecapDocument::writePdf(html, path, &error) ? QString() : error;
                },
                [this, path](const QString& error) {
                    setStatus(error.isEmpty()
                                  ? tr("The record of the request is saved in %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("The record could not be saved: %1").arg(error));
                });
        });
}

void SubmissionPage::print()
{
    if (!m_outcome || !m_outcome->receipt.isValid())
        return;
    const QString html = recordHtml();
    widgets::choosePrinter(this, tr("Enrollment request %1").arg(m_outcome->receipt.number),
                           [this, html](const std::shared_ptr<QPrinter>& printer) {
                               setStatus(tr("Printing the record of the request…"));
                               services::runOnWorker(
                                   this,
                                   [html, printer] {
                                       RecapDocument::print(html, printer.get());
                                       return printer->printerState() != QPrinter::Error;
                                   },
                                   [this](bool printed) {
                                       setStatus(printed ? tr("The record of the request is sent to the printer.")
                                                         : tr("The record could not be printed. Check that the "
                                                              "printer is ready, then try again."));
                                   });
                           });
}

void SubmissionPage::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

void SubmissionPage::retranslate()
{
    setTitle(tr("Submission"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_ui->captchaImage->setAccessibleName(tr("Security code image"));
    m_ui->sendProgress->setAccessibleName(tr("Progress of the submission"));
    if (m_outcome)
        showOutcome(*m_outcome, m_kept);
}

} // namespace segurdesk::enrollment
