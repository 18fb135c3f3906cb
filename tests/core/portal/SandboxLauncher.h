#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace segurdesk::portal::test {

// The real segurdesk-sandbox on 127.0.0.1 (port chosen by the system) with a throwaway data
// folder, --admin, a fixed captcha answer and `config` laid over cheap test settings.
class SandboxLauncher
{
public:
    static constexpr const char* CaptchaAnswer = "K7P2QX";

    explicit SandboxLauncher(const QJsonObject& config = {});
    ~SandboxLauncher();

    bool ok() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QString m_error;
};

} // namespace segurdesk::portal::test
