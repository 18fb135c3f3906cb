#include "tests/support/SandboxProcess.h"

#include "sandbox/SandboxConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>

namespace segurdesk::test {

SandboxProcess::SandboxProcess(const QJsonObject& config, const QStringList& extraArguments)
{
    const QJsonObject defaults {
        {QStringLiteral("auth"), QJsonObject {{QStringLiteral("pbkdf2_iterations"), 1000}}},
        {QStringLiteral("instruction"), QJsonObject {{QStringLiteral("delay_seconds"), 86400}}},
    };
    const QString configPath = m_dir.filePath(QStringLiteral("config.json"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return;
    }
    file.write(QJsonDocument(sandbox::SandboxConfig::overlay(defaults, config)).toJson());
    file.close();

    m_process.setProgram(QStringLiteral(SEGURDESK_SANDBOX_EXE));
    m_process.setArguments(QStringList {QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--config"), configPath,
                                        QStringLiteral("--admin"), QStringLiteral("--captcha-answer"),
                                        QString::fromLatin1(CaptchaAnswer)}
                           + extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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

SandboxProcess::~SandboxProcess()
{
    stop();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::latestMail(const QString& kind) const
{
    const QDir outbox(QDir(dataDir()).filePath(QStringLiteral("outbox")));
    QStringList names
        = outbox.entryList({QStringLiteral("*") + kind + QStringLiteral(".eml")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return {};
    QFile file(outbox.filePath(names.last()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int SandboxProcess::mailCount(const QString& kind) const
{
    const QDir outbox(QDir(dataDir()).filePath(QStringLiteral("outbox")));
    return int(outbox.entryList({QStringLiteral("*") + kind + QStringLiteral(".eml")}, QDir::Files).size());
}

} // namespace segurdesk::test
