#include "KilledRuns.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

namespace segurdesk::e2e {

namespace {

// The words of the French progress lines ("[3/30] dossier-0002.json … envoi").
const QString Sending = QStringLiteral("envoi");
const QString Sent = QStringLiteral("envoyé");
const QString AlreadySent = QStringLiteral("déjà envoyé");

struct ProgressLine
{
    QString dossier;
    QString word;
    qint64 at = 0;
};

// Progress lines of `process` ready to read, stamped with `clock`.
void readProgress(QProcess& process, const QElapsedTimer& clock, QList<ProgressLine>& lines)
{
    while (process.canReadLine()) {
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const qsizetype dash = line.lastIndexOf(QStringLiteral(" … "));
        if (line.startsWith(u'[') && dash > 0)
            lines.append({line.left(dash), line.mid(dash + 3), clock.elapsed()});
    }
}

} // namespace

KilledRuns::KilledRuns(const E2eEnvironment& environment)
    : m_environment(environment)
{ }

QString KilledRuns::killOne(const QStringList& arguments, int sent, int unsent, quint32 seed)
{
    const double expected = m_startup.value + sent * m_recheck.value + unsent * m_upload.value;
    const auto delay = std::chrono::milliseconds(QRandomGenerator(seed).bounded(qint64(1), qint64(expected) + 2));
    QProcess process;
    m_environment.prepareCli(process, arguments);
    process.setReadChannel(QProcess::StandardError);
    QList<ProgressLine> lines;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { readProgress(process, clock, lines); });
    bool killed = false;
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &process, [&] {
        if (process.state() == QProcess::Running) {
            killed = true;
            process.kill();
        }
    });
    clock.start();
    process.start();
    if (!process.waitForStarted())
        return QStringLiteral("not started: ") + process.errorString();
    killer.start(delay);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 300000))
        return QStringLiteral("still running after 5 minutes");
    // Whatever is still in the pipe was printed before the kill.
    readProgress(process, clock, lines);

    Point point = RunEnded;
    if (killed) {
        const QString last = lines.isEmpty() ? QString() : lines.last().word;
        if (lines.isEmpty())
            point = Starting;
        else if (last == Sending)
            point = DuringUpload;
        else if (last == Sent)
            point = AfterAnswer;
        else
            point = BeforeSending;
    }
    ++m_counts.at(point);

    // What this run showed of the durations, for the next draw. A kill before the first line
    // shows that start-up lasts at least that long.
    if (!lines.isEmpty())
        m_startup.add(double(lines.first().at));
    else if (killed)
        m_startup.value = qMax(m_startup.value, double(delay.count()));
    qint64 dossierStart = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ProgressLine& line = lines.at(i);
        if (i == 0 || line.dossier != lines.at(i - 1).dossier)
            dossierStart = line.at;
        if (line.word == AlreadySent)
            m_recheck.add(double(line.at - dossierStart));
        else if (line.word == Sent)
            m_upload.add(double(line.at - dossierStart));
    }
    return {};
}

QString KilledRuns::distribution() const
{
    return QStringLiteral("before any dossier %1, while checking dossiers %2, during an upload %3, right after "
                          "the portal's receipt %4, after the run had ended %5")
        .arg(m_counts.at(Starting))
        .arg(m_counts.at(BeforeSending))
        .arg(m_counts.at(DuringUpload))
        .arg(m_counts.at(AfterAnswer))
        .arg(m_counts.at(RunEnded));
}

} // namespace segurdesk::e2e
