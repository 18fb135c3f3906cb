#include "tests/core/portal/SandboxLauncher.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>

namespace segurdesk::portal::test {

SandboxLauncher::SandboxLauncher(const QJsonObject& config)
{
    QJsonObject settings = config;
    settings.insert(QStringLiteral("auth"), QJsonObject {{QStringLiteral("pbkdf2_iterations"), 1000}});
    settings.insert(QStringLiteral("instruction"), QJsonObject {{QStringLiteral("delay_seconds"), 86400}});
    const QString configPath = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(settings).toJson()) < 0) {
        m_error = file.errorString();
        return;
    }
    file.close();

    m_process.setProgram(QStringLiteral(SEGURDESK_SANDBOX_EXE));
    m_process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                            dataDir(), QStringLiteral("--config"), configPath, QStringLiteral("--captcha-answer"),
                            QString::fromLatin1(CaptchaAnswer), QStringLiteral("--admin")});
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || !output.wait(10000)) {
            m_error = QStringLiteral("no URL on stdout: ") + QString::fromUtf8(m_process.readAllStandardError());
            return;
        }
    }
    m_url = QString::fromUtf8(m_process.readLine()).trimmed();
}

SandboxLauncher::~SandboxLauncher()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace segurdesk::portal::test
