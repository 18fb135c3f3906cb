#include "core/portal/EmbeddedSandbox.h"

#include "core/portal/PortalLog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace segurdesk::portal {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    // A client killed outright must not leave its portal behind, holding the data folder.
    // prctl(2) is declared variadic by glibc and is the only interface to PR_SET_PDEATHSIG.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg)
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QString EmbeddedSandbox::executablePath()
{
    QString configured = qEnvironmentVariable("SEGURDESK_SANDBOX");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("segurdesk-sandbox.exe");
#else
    const QString name = QStringLiteral("segurdesk-sandbox");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QString EmbeddedSandbox::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
}

bool EmbeddedSandbox::start(const QString& dataDir, const QStringList& extraArguments, int timeoutMs)
{
    stop();
    m_error.clear();
    const QString program = executablePath();
    if (!QFileInfo(program).isExecutable()) {
        m_error = tr("The local portal (%1) is missing: give a portal address with --portal.").arg(program);
        return false;
    }
    if (!QDir().mkpath(dataDir)) {
        m_error = tr("The local portal's folder %1 cannot be created.").arg(dataDir);
        return false;
    }
    // Its diagnostics go to a file, so that a chatty child never blocks on a full pipe.
    m_process.setStandardErrorFile(QDir(dataDir).filePath(QStringLiteral("sandbox.log")));
    m_process.setProgram(program);
    m_process.setArguments(
        QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir}
        + extraArguments);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = tr("The local portal cannot be started: %1.").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()
            || !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_error = tr("The local portal did not start; its log is in %1.")
                          .arg(QDir(dataDir).filePath(QStringLiteral("sandbox.log")));
            stop();
            return false;
        }
    }
    const QUrl url(QString::fromUtf8(m_process.readLine().trimmed()));
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0) {
        m_error = tr("The local portal gave an unexpected address.");
        stop();
        return false;
    }
    m_url = url;
    qCInfo(lcPortal) << "embedded sandbox listening on port" << url.port();
    return true;
}

void EmbeddedSandbox::stop()
{
    m_url.clear();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace segurdesk::portal
