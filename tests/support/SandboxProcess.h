#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace segurdesk::test {

// The real segurdesk-sandbox executable on 127.0.0.1, port chosen by the system, with a
// throwaway data folder, --admin, a fixed captcha answer and a test configuration laid over
// the default (cheap password hashing, instruction only through the admin endpoint or clock).
class SandboxProcess
{
public:
    static constexpr const char* CaptchaAnswer = "K7P2QX";

    // `config` members override the test defaults. Check ok() (and error()) afterwards.
    explicit SandboxProcess(const QJsonObject& config = QJsonObject(), const QStringList& extraArguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    bool ok() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    // The body of the newest outbox mail whose name contains `kind` (".eml" files), or empty.
    QString latestMail(const QString& kind) const;
    int mailCount(const QString& kind) const;
    // Stops the portal: its address no longer answers, as when it is down.
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_error;
};

} // namespace segurdesk::test
