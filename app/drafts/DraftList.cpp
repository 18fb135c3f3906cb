#include "app/drafts/DraftList.h"

#include "app/drafts/PassphraseDialog.h"
#include "app/widgets/Questions.h"
#include "app/widgets/SeverityColour.h"
#include "core/i18n/Translations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace segurdesk::drafts {

namespace {

enum Column { NameColumn, StepColumn, ModifiedColumn, StateColumn, ColumnCount };

} // namespace

DraftList::DraftList(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_resumeButton(new QPushButton(this))
    , m_duplicateButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_passphraseButton(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("draftsTitle"));
    m_tree->setObjectName(QStringLiteral("draftTree"));
    m_message->setObjectName(QStringLiteral("draftsMessage"));
    m_resumeButton->setObjectName(QStringLiteral("resumeDraftButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateDraftButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteDraftButton"));
    m_passphraseButton->setObjectName(QStringLiteral("passphraseButton"));
    m_title->setBuddy(m_tree);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    // A handful of rows: each column as wide as what it says, the state taking the rest.
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    buttons->addWidget(m_passphraseButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(&m_library, &services::DraftLibrary::listed, this, &DraftList::showDrafts);
    // A refresh asked while a request ran follows its answer.
    const auto answered = [this] {
        if (std::exchange(m_refreshWanted, false))
            QMetaObject::invokeMethod(this, &DraftList::refresh, Qt::QueuedConnection);
    };
    connect(&m_library, &services::DraftLibrary::listed, this, answered);
    connect(&m_library, &services::DraftLibrary::failed, this, answered);
    connect(&m_library, &services::DraftLibrary::passphraseNeeded, this, answered);
    connect(&m_library, &services::DraftLibrary::done, this, [this](const QString& id) { m_select = id; });
    connect(&m_library, &services::DraftLibrary::failed, this, [this](const QString& message) {
        m_failure = message;
        showMessage();
    });
    connect(&m_library, &services::DraftLibrary::passphraseNeeded, this, [this](bool choose) {
        m_passphraseNeeded = choose;
        retranslate();
        if (!std::exchange(m_askedPassphrase, true))
            askPassphrase();
    });
    connect(m_passphraseButton, &QPushButton::clicked, this, &DraftList::askPassphrase);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DraftList::showButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &DraftList::resume);
    connect(m_resumeButton, &QPushButton::clicked, this, &DraftList::resume);
    connect(m_duplicateButton, &QPushButton::clicked, this, &DraftList::duplicate);
    connect(m_deleteButton, &QPushButton::clicked, this, &DraftList::remove);
    retranslate();
    showButtons();
}

DraftList::~DraftList() = default;

void DraftList::refresh()
{
    // Asked while a request runs (a passphrase given meanwhile), the list is read once it ends.
    if (m_library.isBusy()) {
        m_refreshWanted = true;
        return;
    }
    m_failure.clear();
    m_passphraseNeeded.reset();
    m_library.refresh();
    showMessage();
    showButtons();
}

bool DraftList::lists(const QString& id) const
{
    return std::any_of(m_drafts.cbegin(), m_drafts.cend(),
                       [&id](const services::DraftSummary& draft) { return draft.id == id; });
}

void DraftList::setOpenDraft(const QString& id)
{
    m_openDraft = id;
    showButtons();
}

void DraftList::setResumable(bool resumable)
{
    m_resumable = resumable;
    showButtons();
}

void DraftList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DraftList::showDrafts(const QList<services::DraftSummary>& drafts)
{
    const QString wanted = !m_select.isEmpty() ? std::exchange(m_select, QString())
        : current()                            ? current()->id
                                               : QString();
    m_drafts = drafts;
    m_listed = true;
    retranslate();
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        if (m_drafts.at(row).id == wanted)
            m_tree->setCurrentItem(m_tree->topLevelItem(row));
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showButtons();
    emit listed(drafts);
}

const services::DraftSummary* DraftList::current() const
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    return row >= 0 && row < m_drafts.size() ? &m_drafts.at(row) : nullptr;
}

void DraftList::showButtons()
{
    const services::DraftSummary* draft = current();
    const bool readable = draft && draft->problem.isEmpty();
    m_resumeButton->setEnabled(m_resumable && readable && draft->state != storage::Draft::State::Submitted);
    m_duplicateButton->setEnabled(readable && !m_library.isBusy());
    m_deleteButton->setEnabled(draft && draft->id != m_openDraft && !m_library.isBusy());
    m_resumeButton->setText(readable && draft->state == storage::Draft::State::Submitting ? tr("&Resume sending")
                                                                                          : tr("&Resume"));
    m_resumeButton->setAccessibleName(m_resumeButton->text().remove(QLatin1Char('&')));
}

void DraftList::resume()
{
    if (m_resumeButton->isEnabled())
        emit resumeRequested(current()->id);
}

void DraftList::duplicate()
{
    if (!m_duplicateButton->isEnabled() || m_library.isBusy())
        return;
    m_failure.clear();
    m_library.duplicate(current()->id);
    showButtons();
}

void DraftList::remove()
{
    const services::DraftSummary* draft = current();
    if (!draft || m_library.isBusy())
        return;
    const QString id = draft->id;
    widgets::ask(this, tr("Delete the draft?"),
                 tr("The draft “%1” and the documents it keeps will be deleted from this computer. This cannot be "
                    "undone.")
                     .arg(nameOf(*draft)),
                 tr("&Delete"), tr("&Keep it"), [this, id](bool confirmed) {
                     if (!confirmed || m_library.isBusy())
                         return;
                     m_failure.clear();
                     m_library.remove(id);
                     showButtons();
                 });
}

QString DraftList::nameOf(const services::DraftSummary& draft) const
{
    if (!draft.companyName.trimmed().isEmpty())
        return draft.companyName.trimmed();
    if (!draft.siret.trimmed().isEmpty())
        return tr("SIRET %1").arg(draft.siret.trimmed());
    return tr("Request without a name yet");
}

void DraftList::askPassphrase()
{
    if (!m_passphraseNeeded || findChild<PassphraseDialog*>())
        return;
    connect(PassphraseDialog::ask(*m_passphraseNeeded, this), &PassphraseDialog::unlocked, this, &DraftList::refresh);
}

void DraftList::showMessage()
{
    m_passphraseButton->setVisible(m_passphraseNeeded.has_value());
    if (m_passphraseNeeded) {
        m_message->setPalette(palette());
        m_message->setText(*m_passphraseNeeded
                               ? tr("No keychain of the system answers on this computer: choose a passphrase to "
                                    "protect your drafts, or they cannot be kept.")
                               : tr("Your drafts are protected by a passphrase: give it to see them and go on "
                                    "with them."));
        m_message->show();
        return;
    }
    const bool error = !m_failure.isEmpty();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? widgets::severityColour(Severity::Error, this->palette())
                           : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    if (error)
        m_message->setText(tr("The drafts could not be read or changed: %1").arg(m_failure));
    else
        m_message->setText(m_listed && m_drafts.isEmpty()
                               ? tr("No draft yet: a new request is kept here as you type it.")
                               : QString());
    m_message->setVisible(!m_message->text().isEmpty());
}

void DraftList::retranslate()
{
    m_title->setText(tr("<h2>Your &drafts</h2>"));
    m_tree->setHeaderLabels({tr("Request"), tr("Step reached"), tr("Last change"), tr("State")});
    m_tree->setAccessibleName(tr("Your drafts"));
    m_duplicateButton->setText(tr("D&uplicate"));
    m_deleteButton->setText(tr("De&lete…"));
    m_passphraseButton->setText(m_passphraseNeeded.value_or(false) ? tr("C&hoose a passphrase…")
                                                                   : tr("Unl&ock the drafts…"));
    const QStringList steps {tr("referencing"), tr("applicant"), tr("bank details"), tr("VAT rate"), tr("summary")};
    const QLocale locale = interfaceLocale();
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    m_tree->clear();
    for (const services::DraftSummary& draft : std::as_const(m_drafts)) {
        auto* item = new QTreeWidgetItem(m_tree);
        if (!draft.problem.isEmpty()) {
            item->setText(NameColumn, tr("Unreadable draft"));
            item->setText(StateColumn, tr("Unreadable: %1").arg(draft.problem));
            continue;
        }
        item->setText(NameColumn, nameOf(draft));
        // A draft made before the step was kept (or on its first one) opens on step 1.
        const int step = std::clamp(draft.step, 1, int(steps.size()));
        item->setText(StepColumn, tr("Step %1 of 5: %2").arg(step).arg(steps.at(step - 1)));
        item->setText(ModifiedColumn, locale.toString(draft.modifiedAt.toLocalTime(), QLocale::ShortFormat));
        switch (draft.state) {
        case storage::Draft::State::Editing:
            item->setText(StateColumn, tr("Being prepared"));
            break;
        case storage::Draft::State::Submitting:
            item->setText(StateColumn, tr("Submission pending: resume it to send it"));
            break;
        case storage::Draft::State::Submitted:
            item->setText(StateColumn, tr("Sent — dossier %1").arg(draft.receiptNumber));
            break;
        }
    }
    if (row >= 0 && row < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(row));
    showMessage();
    showButtons();
}

} // namespace segurdesk::drafts
