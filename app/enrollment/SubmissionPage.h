#pragma once

#include "core/services/DossierSubmission.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace segurdesk::enrollment {

class DossierEditor;

namespace Ui {
class SubmissionPage;
}

// After "Terminer": the dossier sent exactly once (services::DossierSubmission), the security
// code asked for on the way, then the portal's receipt (dossier number, date, the three mails to
// expect) with the record of the request saved as a PDF; or why it was not sent, with what to do:
// try again (the same draft, with the same key) or, when the portal refused it, edit it.
class SubmissionPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionPage)

public:
    // `editor` and `submission` must outlive the page.
    SubmissionPage(DossierEditor& editor, services::DossierSubmission& submission, QWidget* parent = nullptr);
    ~SubmissionPage() override;

    void initializePage() override;
    // When the submission is over and the dossier is kept in the local data, whether it was
    // sent or not: closing then loses nothing.
    bool isComplete() const override;

signals:
    // The portal refused the dossier and the user wants to correct it.
    void editRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void start();
    void askCode(const QByteArray& png, const QString& previousRefusal);
    void sendCode();
    void showProgress(qint64 sent, qint64 total);
    void showOutcome(const services::SubmissionOutcome& outcome, bool kept);
    // The record of the request: the receipt, then the recap.
    QString recordHtml() const;
    void savePdf();
    void print();
    void setStatus(const QString& text);
    void retranslate();

    std::unique_ptr<Ui::SubmissionPage> m_ui;
    DossierEditor& m_editor;
    services::DossierSubmission& m_submission;
    std::optional<services::SubmissionOutcome> m_outcome;
    bool m_kept = false;
};

} // namespace segurdesk::enrollment
