#pragma once

#include "app/settings/Preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace segurdesk::settings {

// The application's settings: the portal's address, refused with the reason when the TLS policy
// refuses it (only https, except to this computer), and the interface language. "OK" writes them
// off the GUI thread, then changed() follows and the dialog closes; a failure to write is told
// in the dialog, which stays open.
//
// Window-modal, opened with open() by ask(); it deletes itself once closed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const Preferences& current, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    static SettingsDialog* ask(const Preferences& current, QWidget* parent);

    // Closes, unless the settings are being written.
    void reject() override;

signals:
    void changed(const segurdesk::settings::Preferences& preferences);

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    void retranslate();

    QLabel* m_portalLabel;
    QLineEdit* m_portal;
    QLabel* m_portalHint;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_saving = false;
};

} // namespace segurdesk::settings
