#include "app/drafts/PassphraseDialog.h"

#include "app/widgets/SeverityColour.h"
#include "core/services/LocalData.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace segurdesk::drafts {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowModality(Qt::WindowModal);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    for (QLineEdit* edit : {m_passphrase, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMinimumWidth(280);
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmationLabel, m_confirmation);
    m_confirmationLabel->setVisible(mode == Mode::Choose);
    m_confirmation->setVisible(mode == Mode::Choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

PassphraseDialog* PassphraseDialog::ask(bool choose, QWidget* parent)
{
    auto* dialog = new PassphraseDialog(choose ? Mode::Choose : Mode::Unlock, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// Only with its parent can the dialog go while a check runs: the answer is then dropped with the
// local data, whose worker ends on its own.
PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::check()
{
    if (m_local)
        return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty())
        return showProblem(tr("Type the passphrase."));
    if (m_mode == Mode::Choose && passphrase.size() < MinimumLength)
        return showProblem(tr("At least %1 characters: a phrase of a few words is remembered better than a "
                              "complicated word.")
                               .arg(MinimumLength));
    if (m_mode == Mode::Choose && m_confirmation->text() != passphrase)
        return showProblem(tr("The two passphrases differ: type the same one twice."));
    m_local = std::make_unique<services::LocalData>(services::LocalData::Stores::OnWorkers);
    m_local->setPassphrase(passphrase,
                           m_mode == Mode::Choose ? services::LocalData::KeyFile::OpenOrCreate
                                                  : services::LocalData::KeyFile::OpenExisting);
    const auto release = [this] {
        // The local data may be inside one of its own signals: it goes from the event loop.
        m_local.release()->deleteLater();
        showChecking(false);
    };
    connect(m_local.get(), &services::LocalData::opened, this, [this, release] {
        release();
        m_passphrase->clear();
        m_confirmation->clear();
        emit unlocked();
        accept();
    });
    connect(m_local.get(), &services::LocalData::waiting, this, [this](const QString& holder) {
        m_message->setText(tr("Waiting for %1 to finish with your local data…").arg(holder));
    });
    connect(m_local.get(), &services::LocalData::failed, this,
            [this, release](services::LocalData::Failure, const QString& message) {
                release();
                showProblem(message);
                m_passphrase->selectAll();
                m_passphrase->setFocus();
            });
    showChecking(true);
    m_local->open(services::LocalData::Drafts);
}

void PassphraseDialog::reject()
{
    // A check under way is not given up: in Choose mode it is writing the key file.
    if (!m_local)
        QDialog::reject();
}

void PassphraseDialog::showChecking(bool checking)
{
    m_passphrase->setEnabled(!checking);
    m_confirmation->setEnabled(!checking);
    m_buttons->setEnabled(!checking);
    if (checking) {
        m_passphrase->setAccessibleDescription({});
        m_message->setPalette(palette());
        m_message->setText(tr("Checking the passphrase…"));
        m_message->show();
    }
}

void PassphraseDialog::showProblem(const QString& problem)
{
    widgets::showProblem(*m_message, m_passphrase, problem);
}

void PassphraseDialog::retranslate()
{
    const bool choose = m_mode == Mode::Choose;
    setWindowTitle(choose ? tr("Protect your drafts") : tr("Unlock your drafts"));
    m_intro->setText(
        choose ? tr("No keychain of the system answers on this computer, so your drafts will be encrypted with a "
                    "passphrase of your choice. Keep it safe: without it, they cannot be opened again, by you or "
                    "by anyone.")
               : tr("Your drafts are encrypted with a passphrase. Type it to see them and go on with them; it is "
                    "asked once per session."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmationLabel->setText(tr("&Confirmation:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(choose ? tr("Protect &my drafts") : tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
}

} // namespace segurdesk::drafts
