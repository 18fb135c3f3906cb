#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace segurdesk::portal {

// The local portal used when no portal URL is configured: the `segurdesk-sandbox` executable
// run as a child process on a free loopback port, its data under the user's data folder. It is
// launched, never linked, so that the client and the sandbox stay apart. The child is stopped
// when this object dies and, on Linux, also when the parent process is killed.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    ~EmbeddedSandbox() override;
    EmbeddedSandbox(const EmbeddedSandbox&) = delete;
    EmbeddedSandbox& operator=(const EmbeddedSandbox&) = delete;

    // $SEGURDESK_SANDBOX when set, else segurdesk-sandbox next to the running executable.
    static QString executablePath();
    // QStandardPaths::AppDataLocation/sandbox.
    static QString defaultDataDir();

    // Starts the sandbox on 127.0.0.1 with a free port and waits (at most timeoutMs) for the
    // URL it prints on its first line. extraArguments go after --listen and --data. Returns
    // false with errorString() set when the executable is missing, fails or says nothing.
    bool start(const QString& dataDir = defaultDataDir(), const QStringList& extraArguments = {},
               int timeoutMs = 30000);
    void stop();

    bool isRunning() const { return m_process.state() == QProcess::Running && m_url.isValid(); }
    // The server root ("http://127.0.0.1:41234"); invalid until started.
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace segurdesk::portal
