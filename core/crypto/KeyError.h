#pragma once

#include <QCoreApplication>
#include <QString>

namespace segurdesk::crypto {

// Why the draft master key could not be obtained. Each code has one translated message.
class [[nodiscard]] KeyError
{
    Q_DECLARE_TR_FUNCTIONS(KeyError)

public:
    enum Code {
        None,
        KeychainUnavailable, // no Secret Service answered: fall back to a passphrase
        KeychainDenied,
        KeychainFailed,
        PassphraseRequired,
        WrongPassphrase, // or a key file altered on disk: the two cannot be told apart
        KeyFileUnreadable,
        KeyFileUnsupported,
        KeyFileWriteFailed,
        RandomFailed,
    };

    KeyError() = default;
    KeyError(Code code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    { }

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    // Technical detail for logs and support (never personal data).
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Code m_code = None;
    QString m_detail;
};

} // namespace segurdesk::crypto
