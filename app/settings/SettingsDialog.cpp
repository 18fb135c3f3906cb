#include "app/settings/SettingsDialog.h"

#include "app/widgets/SeverityColour.h"
#include "core/i18n/Translations.h"
#include "core/services/PortalConnection.h"
#include "core/services/Worker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace segurdesk::settings {

namespace {

// Each language named in itself, as language menus do, whatever the interface's language.
QString nativeName(const QString& language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
    , m_portalLabel(new QLabel(this))
    , m_portal(new QLineEdit(this))
    , m_portalHint(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowModality(Qt::WindowModal);
    m_portal->setObjectName(QStringLiteral("portalEdit"));
    m_portal->setText(current.portal.toString());
    m_portal->setMinimumWidth(360);
    m_portal->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_portalLabel->setBuddy(m_portal);
    m_portalHint->setObjectName(QStringLiteral("portalHint"));
    m_portalHint->setWordWrap(true);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const QString& language : interfaceLanguages())
        m_language->addItem(nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    m_languageLabel->setBuddy(m_language);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(m_portalLabel, m_portal);
    form->addRow(QString(), m_portalHint);
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

SettingsDialog* SettingsDialog::ask(const Preferences& current, QWidget* parent)
{
    auto* dialog = new SettingsDialog(current, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SettingsDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::save()
{
    if (m_saving)
        return;
    Preferences chosen;
    const QString address = m_portal->text().trimmed();
    if (!address.isEmpty()) {
        chosen.portal = QUrl(address, QUrl::StrictMode);
        if (const QString refusal = services::PortalConnection::refusalOf(chosen.portal); !refusal.isEmpty()) {
            widgets::showProblem(*m_message, m_portal, refusal);
            m_portal->selectAll();
            m_portal->setFocus();
            return;
        }
    }
    chosen.language = m_language->currentData().toString();
    m_saving = true;
    m_buttons->setEnabled(false);
    services::runOnWorker(
        this, [chosen] { return Preferences::store(chosen); },
        [this, chosen](const QString& failure) {
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!failure.isEmpty())
                return widgets::showProblem(*m_message, nullptr, failure);
            emit changed(chosen);
            accept();
        });
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_portalLabel->setText(tr("ASP &portal address:"));
    m_portal->setPlaceholderText(tr("Empty: the demonstration portal, on this computer"));
    m_portalHint->setText(tr("The https address the ASP gave you. A new address is used from the next start of "
                             "Ségur Desk."));
    m_languageLabel->setText(tr("&Language:"));
    // Qt's catalogues, which name these buttons, are not installed everywhere (Debian has none in
    // French).
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::settings
