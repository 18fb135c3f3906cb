#include "core/crypto/KeyError.h"

namespace segurdesk::crypto {

QString KeyError::message() const
{
    switch (m_code) {
    case None:
        return {};
    case KeychainUnavailable:
        return tr("No system keychain is available to protect your drafts; a passphrase is needed instead.");
    case KeychainDenied:
        return tr("Access to the system keychain was denied, so your drafts cannot be opened.");
    case KeychainFailed:
        return tr("The system keychain could not read or store the key of your drafts.");
    case PassphraseRequired:
        return tr("Enter the passphrase that protects your drafts.");
    case WrongPassphrase:
        return tr("The passphrase is wrong, or the key file of your drafts has been altered.");
    case KeyFileUnreadable:
        return tr("The key file of your drafts cannot be read.");
    case KeyFileUnsupported:
        return tr("The key file of your drafts comes from a newer version of Ségur Desk.");
    case KeyFileWriteFailed:
        return tr("The key file of your drafts could not be written.");
    case RandomFailed:
        return tr("The system could not provide secure random numbers.");
    }
    return {};
}

} // namespace segurdesk::crypto
