#pragma once

#include <QCoreApplication>
#include <QString>

namespace segurdesk::storage {

// The outcome of a storage operation. Each code has one translated message; detail() is
// technical (file or SQL error text, never dossier content) for logs and the support desk.
class [[nodiscard]] StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum Code {
        None,
        NotFound,
        Damaged, // altered, truncated, or encrypted with another key: never loaded partly
        UnsupportedVersion,
        ReadFailed,
        WriteFailed,
        DatabaseFailed,
        DraftLocked, // being submitted or already submitted: content can no longer change
        SourceUnreadable, // the file to attach cannot be read
        SubmissionPending, // another submission of the draft awaits the portal's answer
        AlreadySubmitted,
        UnchangedSinceRefusal, // the portal refused this exact content: it must change first
        UnknownSubmission,
        InvalidState,
        DataFolderBusy, // another Ségur Desk process is using the local data
    };

    StorageError() = default;
    StorageError(Code code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    { }

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Code m_code = None;
    QString m_detail;
};

} // namespace segurdesk::storage
