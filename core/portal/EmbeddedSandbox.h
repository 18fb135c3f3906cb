#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace segurdesk::portal {

// The local portal used when no portal URL is configured: the `segurdesk-sandbox` executable
// run as a child process on a free loopback port, its data under the user's data folder. It is
// launched, never linked, so that the client and the sandbox stay apart. The child is stopped
// when this object dies and, on Linux, also when the parent process is killed.
//
// Asynchronous and used on the thread that owns it: start() returns at once, and exactly one of
// started() or failed() follows from that thread's event loop, never from within start().
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    ~EmbeddedSandbox() override;
    EmbeddedSandbox(const EmbeddedSandbox&) = delete;
    EmbeddedSandbox& operator=(const EmbeddedSandbox&) = delete;

    // The demonstration account that `--seed-demo` creates (sandbox/services/DemoSeeder), which
    // the app names on its demonstration banner.
    static constexpr const char* DemoLogin = "demo";
    // A second account of the demonstration data, to try several profiles; same password.
    static constexpr const char* DemoFirmLogin = "demo-cabinet";
    static constexpr const char* DemoPassword = "Demo-Segur-2023!";

    // $SEGURDESK_SANDBOX when set, else segurdesk-sandbox next to the running executable.
    static QString executablePath();
    // QStandardPaths::AppDataLocation/sandbox.
    static QString defaultDataDir();
    // Calls `then` once from `context`'s event loop, when every sandbox this process stopped has
    // ended, or after a few seconds at the latest. A front end leaves its event loop through it: a
    // child still running when the loop is gone would be waited for by Qt, with a warning on the
    // terminal.
    static void whenAllEnded(QObject* context, const std::function<void()>& then);

    // Starts the sandbox on 127.0.0.1 with a free port; it is up once it prints its URL on its
    // first line. extraArguments go after --listen and --data. Once per object.
    void start(const QString& dataDir = defaultDataDir(), const QStringList& extraArguments = {},
               std::chrono::milliseconds timeout = std::chrono::seconds(30));

    bool isRunning() const { return m_process->state() == QProcess::Running && m_url.isValid(); }
    // The server root ("http://127.0.0.1:41234"); invalid until started.
    QUrl url() const { return m_url; }

signals:
    void started(const QUrl& url);
    // The executable is missing, did not start, exited or stayed silent: `message` says which,
    // translated, and where the sandbox's log is.
    void failed(const QString& message);

private:
    static void awaitEnding(QObject* context, const std::function<void()>& call);
    void readAddress();
    void fail(const QString& message);
    void failLater(const QString& message);
    void stop();
    QString logPath() const;

    // A child of this object; outlives it while a killed child is being collected.
    QProcess* m_process;
    QTimer m_startTimeout;
    QString m_dataDir;
    QUrl m_url;
    bool m_starting = false;
};

} // namespace segurdesk::portal
