#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace segurdesk::services {
class LocalData;
}

namespace segurdesk::drafts {

// Asks for the passphrase that protects the drafts where no keychain keeps their key: to unlock
// the drafts of earlier sessions, or, on a computer without a keychain, to choose one (typed
// twice, with the warning that the drafts cannot be opened without it). The passphrase is checked
// by opening the local data with it, off the GUI thread (scrypt); a wrong one is told in the
// dialog, which stays open. Once it opens, the key is kept for the session (services::SessionKey)
// and unlocked() follows before the dialog closes.
//
// Window-modal, opened with open(); never stores the passphrase.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    enum class Mode { Unlock, Choose };

    // Enough characters for a phrase of a few words, which is remembered better than a
    // complicated word.
    static constexpr int MinimumLength = 12;

    PassphraseDialog(Mode mode, QWidget* parent = nullptr);
    // Opens the dialog over `parent`, to choose a passphrase or give it (`choose`, as
    // LocalData::passphraseToAsk() says); it deletes itself once closed.
    static PassphraseDialog* ask(bool choose, QWidget* parent);
    ~PassphraseDialog() override;

    // Closes, unless a check runs.
    void reject() override;

signals:
    void unlocked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void check();
    void showChecking(bool checking);
    void showProblem(const QString& problem);
    void retranslate();

    Mode m_mode;
    std::unique_ptr<services::LocalData> m_local;
    QLabel* m_intro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace segurdesk::drafts
