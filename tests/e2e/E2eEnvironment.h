#pragma once

#include "core/portal/EmbeddedSandbox.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace segurdesk::e2e {

struct CliResult
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// One client and, when started, one sandbox, each with its own temporary folders: the client's
// HOME and XDG folders (its drafts, outbox, cache and settings) and the sandbox's --data. The
// client's drafts key is protected by a passphrase (no keychain needed). Nothing here waits on
// wall time: processes are awaited, with a generous bound that only stops a runaway.
class E2eEnvironment
{
public:
    static constexpr const char* CaptchaAnswer = "4242";
    static constexpr const char* Passphrase = "phrase de passe des tests e2e";

    E2eEnvironment();
    ~E2eEnvironment();
    E2eEnvironment(const E2eEnvironment&) = delete;
    E2eEnvironment& operator=(const E2eEnvironment&) = delete;

    // Starts segurdesk-sandbox --admin --captcha-answer CaptchaAnswer [--config FILE] and the
    // extra arguments (--seed-demo).
    bool startSandbox(const QJsonObject& config = {}, const QStringList& extraArguments = {});
    void stopSandbox();
    QString portalUrl() const;

    QString root() const { return m_root.path(); }
    QString clientHome() const;
    QString clientDataDir() const;
    QString sandboxDataDir() const;
    QString sandboxDatabase() const;
    QString sandboxError() const { return m_sandboxError; }

    QProcessEnvironment clientEnvironment() const;
    // Runs segurdesk-cli with --portal (when a sandbox runs) and the arguments, feeding `input`.
    // A run that outlasts `timeout` is killed and reported as crashed.
    CliResult runCli(const QStringList& arguments, const QByteArray& input = {},
                     std::chrono::milliseconds timeout = DefaultCliTimeout) const;
    // The same with `variables` added to the client's environment.
    CliResult runCliWith(const QStringList& arguments, const QHash<QString, QString>& variables,
                         const QByteArray& input = {}) const;
    // A command that needs no portal (draft, inspect), run without --portal.
    CliResult runLocalCli(const QStringList& arguments) const;
    // A QProcess ready to start segurdesk-cli the same way, for tests that kill it.
    void prepareCli(QProcess& process, const QStringList& arguments) const;
    // Starts a prepared process, feeds it `input` and waits for its end.
    static CliResult finish(QProcess& process, const QByteArray& input = {},
                            std::chrono::milliseconds timeout = DefaultCliTimeout);
    // Waits for the end of a process already started, with nothing more to read on its stdin.
    static CliResult collect(QProcess& process, std::chrono::milliseconds timeout = DefaultCliTimeout);
    static constexpr std::chrono::minutes DefaultCliTimeout {5};

    // Read-only counts in the sandbox's SQLite file.
    qint64 countRows(const QString& sql, const QVariantList& values = {}) const;

private:
    QTemporaryDir m_root;
    std::unique_ptr<portal::EmbeddedSandbox> m_sandbox;
    QString m_sandboxError;
};

} // namespace segurdesk::e2e
