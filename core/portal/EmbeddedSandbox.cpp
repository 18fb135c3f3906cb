#include "core/portal/EmbeddedSandbox.h"

#include "core/portal/PortalLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>
#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace segurdesk::portal {

namespace {

// The name of a killed sandbox's process object while it waits, under the application object,
// for its exit status.
constexpr auto EndingName = "segurdesk-sandbox-ending";
// A killed child is collected within milliseconds; one in the kernel's uninterruptible wait may
// take longer, and the front end does not wait for it past this.
constexpr std::chrono::seconds EndingDeadline {5};

} // namespace

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
#ifdef Q_OS_LINUX
    // A client killed outright must not leave its portal behind, holding the data folder.
    // prctl(2) is declared variadic by glibc and is the only interface to PR_SET_PDEATHSIG.
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg)
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(tr("The local portal did not start in time; its log is in %1.").arg(logPath())); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedSandbox::readAddress);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            // QProcess may say so from inside start(): the answer still comes from the event loop.
            failLater(tr("The local portal cannot be started: %1.").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this] { fail(tr("The local portal stopped while starting; its log is in %1.").arg(logPath())); });
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
    if (m_process->state() == QProcess::NotRunning)
        return;
    // Killed, the child ends at once, but its exit status is collected from the event loop: the
    // process object outlives this one until then, instead of waiting here.
    m_process->disconnect(this);
    m_process->setObjectName(QLatin1String(EndingName));
    m_process->setParent(QCoreApplication::instance());
    connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
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

void EmbeddedSandbox::whenAllEnded(QObject* context, const std::function<void()>& then)
{
    // Once, whichever comes first: the last child collected, or the deadline.
    auto once = std::make_shared<std::function<void()>>(then);
    const auto call = [once] {
        if (*once)
            std::exchange(*once, nullptr)();
    };
    QTimer::singleShot(EndingDeadline, context, call);
    awaitEnding(context, call);
}

void EmbeddedSandbox::awaitEnding(QObject* context, const std::function<void()>& call)
{
    const auto* ending
        = QCoreApplication::instance()->findChild<QProcess*>(QLatin1String(EndingName), Qt::FindDirectChildrenOnly);
    if (ending == nullptr) {
        QTimer::singleShot(0, context, call);
        return;
    }
    connect(
        ending, &QObject::destroyed, context, [context, call] { awaitEnding(context, call); }, Qt::QueuedConnection);
}

QString EmbeddedSandbox::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
}

void EmbeddedSandbox::start(const QString& dataDir, const QStringList& extraArguments,
                            std::chrono::milliseconds timeout)
{
    Q_ASSERT(m_process->state() == QProcess::NotRunning);
    m_dataDir = dataDir;
    m_starting = true;
    const QString program = executablePath();
    if (!QFileInfo(program).isExecutable()) {
        failLater(tr("The local portal (%1) is missing: install Ségur Desk again, or give the address of a portal.")
                      .arg(program));
        return;
    }
    if (!QDir().mkpath(dataDir)) {
        failLater(tr("The local portal's folder %1 cannot be created.").arg(dataDir));
        return;
    }
    // Its diagnostics go to a file, so that a chatty child never blocks on a full pipe.
    m_process->setStandardErrorFile(logPath());
    m_process->setProgram(program);
    m_process->setArguments(
        QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir}
        + extraArguments);
    m_startTimeout.start(timeout);
    m_process->start(QIODevice::ReadOnly);
}

void EmbeddedSandbox::readAddress()
{
    if (!m_starting || !m_process->canReadLine())
        return;
    const QUrl url(QString::fromUtf8(m_process->readLine().trimmed()));
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.port() <= 0) {
        fail(tr("The local portal gave an unexpected address."));
        return;
    }
    m_starting = false;
    m_startTimeout.stop();
    m_url = url;
    qCInfo(lcPortal) << "embedded sandbox listening on port" << url.port();
    emit started(url);
}

void EmbeddedSandbox::fail(const QString& message)
{
    // Once per start: a child that fails to start also reports that it finished.
    if (!m_starting)
        return;
    m_starting = false;
    m_startTimeout.stop();
    stop();
    emit failed(message);
}

void EmbeddedSandbox::failLater(const QString& message)
{
    QTimer::singleShot(0, this, [this, message] { fail(message); });
}

void EmbeddedSandbox::stop()
{
    m_url.clear();
    // The sandbox keeps its data in SQLite, which a kill leaves consistent.
    if (m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

QString EmbeddedSandbox::logPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("sandbox.log"));
}

} // namespace segurdesk::portal
