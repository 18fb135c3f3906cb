#include "app/dashboard/DossierDetailsView.h"

#include "app/widgets/SeverityColour.h"
#include "core/files/DataSize.h"
#include "core/model/DocumentKind.h"
#include "core/portal/MailMessage.h"
#include "ui_DossierDetailsView.h"

#include <QEvent>
#include <QLocale>

namespace segurdesk::dashboard {

namespace {

QString shortDate(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// The item of `tree` at `row`, `texts` in its columns and `id` as its data.
void addRow(QTreeWidget& tree, const QStringList& texts, const QString& id = {})
{
    auto* item = new QTreeWidgetItem(&tree, texts);
    item->setData(0, Qt::UserRole, id);
}

template<class Status> void addHistory(QTreeWidget& tree, const QList<portal::StatusChange<Status>>& history)
{
    for (const portal::StatusChange<Status>& change : history)
        addRow(tree, {shortDate(change.at), model::statusLabel(change.status), change.comment});
}

} // namespace

DossierDetailsView::DossierDetailsView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DossierDetailsView>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    for (QTreeWidget* list : {m_ui->historyList, m_ui->documentList, m_ui->mailList, m_ui->paymentList})
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->advanceButton, &QPushButton::clicked, this, [this] {
        if (m_details.enrollment)
            emit advanceRequested(*m_details.enrollment);
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (m_draft)
            emit resumeDraftRequested(m_draft->id);
    });
    connect(m_ui->openDocumentButton, &QPushButton::clicked, this, [this] {
        if (const portal::DocumentRef* document = chosenDocument())
            emit openDocumentRequested(*document);
    });
    connect(m_ui->saveDocumentButton, &QPushButton::clicked, this, [this] {
        if (const portal::DocumentRef* document = chosenDocument())
            emit saveDocumentRequested(*document);
    });
    connect(m_ui->documentList, &QTreeWidget::itemActivated, m_ui->openDocumentButton, &QPushButton::click);
    connect(m_ui->documentList, &QTreeWidget::currentItemChanged, this, &DossierDetailsView::updateDocumentButtons);
    connect(m_ui->logInAsButton, &QPushButton::clicked, this, [this] {
        if (m_otherProfile)
            emit logInAsRequested(m_otherProfile->profile);
    });
    connect(m_ui->forgetProfileButton, &QPushButton::clicked, this, [this] {
        if (m_otherProfile)
            emit forgetProfileRequested(m_otherProfile->profile);
    });
    connect(m_ui->mailList, &QTreeWidget::currentItemChanged, this, &DossierDetailsView::onMailChosen);
    clear();
}

DossierDetailsView::~DossierDetailsView() = default;

void DossierDetailsView::clear()
{
    m_draft.reset();
    m_otherProfile.reset();
    m_details = {};
    reset();
    m_ui->titleLabel->setText(tr("No dossier chosen."));
}

void DossierDetailsView::setLoading(const QString& number)
{
    m_draft.reset();
    m_otherProfile.reset();
    m_details = {};
    reset();
    m_ui->titleLabel->setText(number);
    m_ui->detailsMessage->setPalette(palette());
    m_ui->detailsMessage->setText(tr("Reading the dossier kept on this computer…"));
    m_ui->detailsMessage->show();
}

void DossierDetailsView::setDetails(services::DossierDetails details, const std::optional<ProfileCopy>& otherProfile)
{
    m_draft.reset();
    m_otherProfile = otherProfile;
    m_details = std::move(details);
    reset();
    showSummary();
    fillHistory();
    fillDocuments();
    fillMails();
    fillPayments();
    updateAdvanceButton();
}

void DossierDetailsView::setProblem(const QString& problem)
{
    m_draft.reset();
    m_otherProfile.reset();
    m_details = {};
    m_details.problem = problem;
    reset();
    widgets::showProblem(*m_ui->detailsMessage, m_ui->detailsTabs, problem);
}

void DossierDetailsView::setDraft(const DossierRow& draft)
{
    m_draft = draft;
    m_otherProfile.reset();
    m_details = {};
    reset();
    m_ui->titleLabel->setText(tr("Draft — %1").arg(draft.company));
    m_ui->summaryLabel->setText(tr("Not sent to the portal yet; last changed on %1. It is kept, encrypted, on this "
                                   "computer only.")
                                    .arg(shortDate(draft.updatedAt)));
}

void DossierDetailsView::reset()
{
    for (QTreeWidget* list : {m_ui->historyList, m_ui->documentList, m_ui->mailList, m_ui->paymentList})
        list->clear();
    m_ui->mailBody->clear();
    m_ui->summaryLabel->clear();
    m_ui->detailsMessage->hide();
    m_ui->documentMessage->clear();
    // What a screen reader was told of an earlier problem goes with it.
    for (QWidget* described : std::initializer_list<QWidget*> {m_ui->detailsTabs, m_ui->documentList})
        described->setAccessibleDescription(QString());
    m_ui->detailsTabs->setEnabled(m_details.enrollment.has_value());
    m_ui->resumeButton->setVisible(m_draft.has_value());
    m_ui->detailsTabs->setTabVisible(m_ui->detailsTabs->indexOf(m_ui->paymentsTab), m_details.advance.has_value());
    showOtherProfile();
    updateAdvanceButton();
}

void DossierDetailsView::showSummary()
{
    if (!m_details.enrollment)
        return;
    const portal::EnrollmentDetail& enrollment = *m_details.enrollment;
    const QString company = enrollment.summary.displayName();
    if (const std::optional<portal::AdvanceRequestRecord>& advance = m_details.advance) {
        m_ui->titleLabel->setText(tr("Advance request %1 — %2").arg(advance->number, company));
        m_ui->summaryLabel->setText(tr("For enrollment %1. Amount excl. VAT: %2; incl. VAT (%3): %4. Requested on %5.")
                                        .arg(advance->enrollmentNumber, advance->amountExcludingVat.format(),
                                             advance->vatRate.label(), advance->amountIncludingVat.format(),
                                             shortDate(advance->createdAt)));
        return;
    }
    m_ui->titleLabel->setText(tr("Enrollment %1 — %2").arg(enrollment.summary.number, company));
    m_ui->summaryLabel->setText(tr("SIRET %1. Solution %2 (referencing %3). VAT: %4. Received on %5.")
                                    .arg(enrollment.summary.siret, enrollment.solutionName,
                                         enrollment.summary.referencingNumber, enrollment.vatRate.label(),
                                         shortDate(enrollment.summary.receivedAt)));
}

void DossierDetailsView::fillHistory()
{
    if (m_details.advance)
        addHistory(*m_ui->historyList, m_details.advance->statusHistory);
    else if (m_details.enrollment)
        addHistory(*m_ui->historyList, m_details.enrollment->statusHistory);
}

const QList<portal::DocumentRef>& DossierDetailsView::documents() const
{
    static const QList<portal::DocumentRef> none;
    if (m_details.advance)
        return m_details.advance->documents;
    return m_details.enrollment ? m_details.enrollment->documents : none;
}

void DossierDetailsView::fillDocuments()
{
    for (const portal::DocumentRef& document : documents()) {
        QString label = tr("Other document");
        if (document.kind == QLatin1String("decision_letter"))
            label = tr("Decision letter");
        else if (const std::optional<model::DocumentKind> kind = model::documentKindFromKey(document.kind))
            label = model::documentLabel(*kind);
        addRow(*m_ui->documentList,
               {label, document.fileName, files::DataSize::ofFile(document.size), shortDate(document.createdAt)},
               document.id);
    }
    QTreeWidget* list = m_ui->documentList;
    if (list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    updateDocumentButtons();
}

void DossierDetailsView::updateDocumentButtons()
{
    const QString why = m_otherProfile
        ? tr("Log in with profile %1 to open or save its documents.").arg(m_otherProfile->profile)
        : QString();
    for (QPushButton* button : {m_ui->openDocumentButton, m_ui->saveDocumentButton}) {
        button->setEnabled(chosenDocument() != nullptr && !m_otherProfile);
        button->setToolTip(why);
        button->setAccessibleDescription(why);
    }
}

void DossierDetailsView::showOtherProfile()
{
    m_ui->profileBar->setVisible(m_otherProfile.has_value());
    if (!m_otherProfile)
        return;
    const QString copy = tr("The copy of profile %1 kept on this computer, as the portal gave it on %2.")
                             .arg(m_otherProfile->profile, shortDate(m_otherProfile->refreshedAt));
    m_ui->profileNote->setText(
        copy + QLatin1Char(' ')
        + (m_otherProfile->onPortalInUse
               ? tr("Log in with this profile to open its documents and mails or to request its advance.")
               : tr("This profile is on another portal: choose that portal in the settings to log in with it.")));
    m_ui->logInAsButton->setVisible(m_otherProfile->onPortalInUse);
}

const portal::DocumentRef* DossierDetailsView::chosenDocument() const
{
    const QTreeWidgetItem* item = m_ui->documentList->currentItem();
    if (item == nullptr)
        return nullptr;
    const QList<portal::DocumentRef>& list = documents();
    const QString id = item->data(0, Qt::UserRole).toString();
    const auto found
        = std::find_if(list.begin(), list.end(), [&id](const auto& document) { return document.id == id; });
    return found == list.end() ? nullptr : &*found;
}

void DossierDetailsView::fillMails()
{
    for (const portal::MailSummary& mail : m_details.mails)
        addRow(*m_ui->mailList, {shortDate(mail.sentAt), mail.subject, mail.to}, mail.id);
    m_ui->mailBody->setPlaceholderText(m_details.mails.isEmpty() ? tr("The portal has sent no mail about this dossier.")
                                                                 : tr("Choose a mail to read it."));
}

void DossierDetailsView::fillPayments()
{
    for (const portal::PaymentRecord& payment : m_details.payments) {
        for (const portal::StatusChange<model::AdvanceStatus>& change : payment.statusHistory)
            addRow(*m_ui->paymentList,
                   {shortDate(change.at), model::statusLabel(change.status), payment.amountIncludingVat.format(),
                    payment.ibanMasked});
    }
}

void DossierDetailsView::onMailChosen()
{
    const QTreeWidgetItem* item = m_ui->mailList->currentItem();
    m_ui->mailBody->clear();
    if (item == nullptr)
        return;
    if (m_otherProfile) {
        m_ui->mailBody->setPlaceholderText(
            tr("Log in with profile %1 to read this mail.").arg(m_otherProfile->profile));
        return;
    }
    m_ui->mailBody->setPlaceholderText(tr("Asking the portal for this mail…"));
    emit mailRequested(item->data(0, Qt::UserRole).toString());
}

void DossierDetailsView::showMail(const portal::MailMessage& mail)
{
    const QTreeWidgetItem* item = m_ui->mailList->currentItem();
    if (item != nullptr && item->data(0, Qt::UserRole).toString() == mail.summary.id)
        m_ui->mailBody->setPlainText(mail.body);
}

void DossierDetailsView::setMailProblem(const QString& problem)
{
    m_ui->mailBody->clear();
    m_ui->mailBody->setPlaceholderText(problem);
}

void DossierDetailsView::setDocumentNote(const QString& note)
{
    m_ui->documentList->setAccessibleDescription(QString());
    m_ui->documentMessage->setPalette(palette());
    m_ui->documentMessage->setText(note);
}

void DossierDetailsView::setDocumentProblem(const QString& problem)
{
    widgets::showProblem(*m_ui->documentMessage, m_ui->documentList, problem);
}

void DossierDetailsView::setAdvanceBusy(bool busy)
{
    m_advanceBusy = busy;
    updateAdvanceButton();
}

void DossierDetailsView::updateAdvanceButton()
{
    const std::optional<portal::EnrollmentDetail>& enrollment = m_details.enrollment;
    const bool mayRequest = enrollment && !m_details.advance && enrollment->advanceRequestId.isEmpty()
        && enrollment->summary.status == model::EnrollmentStatus::Validated;
    QPushButton* button = m_ui->advanceButton;
    button->setVisible(mayRequest);
    button->setEnabled(!m_advanceBusy && m_portalReachable && !m_otherProfile);
    QString why;
    if (m_otherProfile)
        why = tr("Log in with profile %1 to request its advance.").arg(m_otherProfile->profile);
    else if (!m_portalReachable)
        why = tr("The portal cannot be reached: refresh once it answers again to request the advance.");
    button->setToolTip(why);
    button->setAccessibleDescription(why);
}

void DossierDetailsView::setPortalReachable(bool reachable)
{
    m_portalReachable = reachable;
    updateAdvanceButton();
}

void DossierDetailsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Shown again in the new language: what the pane showed, whatever it was.
        if (m_draft)
            setDraft(DossierRow(*m_draft));
        else if (m_details.enrollment)
            setDetails(services::DossierDetails(m_details), std::optional(m_otherProfile));
        else if (!m_details.problem.isEmpty())
            setProblem(QString(m_details.problem));
        else
            clear();
    }
    QWidget::changeEvent(event);
}

} // namespace segurdesk::dashboard
