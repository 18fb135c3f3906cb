// bench_gui: the desktop app's GUI thread under load, measured from inside a process built from
// the app's own objects (bench/gui/bench-gui.sh runs it under Xvfb, with the sandbox and a
// keychain).
//
//   bench_gui attach PORTAL DOSSIER.json CAPTCHA SPACING_MS
//       Six document fields attach the dossier's six documents, chosen SPACING_MS apart (0: all
//       at once): each is checked and drawn on a worker, then the draft is saved with its
//       documents, encrypted. Then the dossier is submitted to PORTAL, the security code answered
//       with CAPTCHA. An event-loop latency probe (a 1 ms timer) reports the longest time the GUI
//       thread did not answer in each phase. Prints the draft's id last. BENCH_GUI_TRACE=1 also
//       prints each stall over 16 ms and each attachment, with its time, on stderr.
//   bench_gui open PORTAL DRAFT_ID
//       The main window, then the draft resumed in the enrollment wizard, documents included;
//       prints the process's peak resident memory once the wizard shows it.
#include "app/drafts/DraftAutosave.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentController.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/window/MainWindow.h"
#include "bench/ProcessMemory.h"
#include "core/model/DossierFile.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace segurdesk {
namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

// The longest time between two turns of the event loop, from a timer asking for one every
// millisecond: what a user would feel as a frozen window.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gapMs = static_cast<double>(now - m_last) / 1e6;
            m_last = now;
            m_longestMs = std::max(m_longestMs, gapMs);
            m_overFrame += gapMs > 16.0 ? 1 : 0;
            if (gapMs > 16.0 && qEnvironmentVariableIsSet("BENCH_GUI_TRACE"))
                err() << "stall of " << ms(gapMs) << " ms ending at " << ms(static_cast<double>(now) / 1e6) << " ms"
                      << Qt::endl;
        });
    }

    void start()
    {
        m_longestMs = 0;
        m_overFrame = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    qint64 elapsed() const { return m_clock.elapsed(); }

    void report(const char* phase)
    {
        m_timer.stop();
        out() << phase << ": " << m_clock.elapsed() << " ms, longest GUI-thread stall " << ms(m_longestMs)
              << " ms, stalls over 16 ms: " << m_overFrame << Qt::endl;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longestMs = 0;
    int m_overFrame = 0;
};

// Runs `then` once `ready` holds, checked from the event loop.
void when(const std::function<bool()>& ready, const std::function<void()>& then)
{
    auto* poll = new QTimer;
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, [poll, ready, then] {
        if (!ready())
            return;
        poll->deleteLater();
        then();
    });
    poll->start();
}

int fail(const char* what)
{
    err() << "bench_gui: " << what << Qt::endl;
    return 1;
}

struct Attaching : QObject
{
    QNetworkAccessManager network;
    portal::PortalClient client;
    enrollment::DossierEditor editor;
    services::DraftKeeper keeper;
    drafts::DraftAutosave autosave {editor, keeper};
    services::DossierSubmission submission {client, keeper};
    QWidget window;
    StallProbe probe;

    explicit Attaching(const QUrl& portal)
        : client(network, portal, portal::PortalClient::Options())
    { }
};

int attach(const QUrl& portal, const QString& dossierPath, const QString& captcha, int spacingMs)
{
    const model::DossierFile::Loaded file = model::DossierFile::load(dossierPath);
    if (!file.errors.isEmpty() || file.attachments.kinds().size() != 6)
        return fail("the dossier file must be valid and name six documents");
    Attaching bench(portal);
    Attaching* b = &bench;
    b->editor.edit([&file](model::Dossier& dossier) { dossier = file.dossier; });
    b->window.setWindowTitle(QStringLiteral("bench_gui"));
    auto* layout = new QVBoxLayout(&b->window);
    QList<widgets::DocumentField*> fields;
    for (const model::DocumentKind kind : file.attachments.kinds()) {
        auto* field = new widgets::DocumentField(model::documentLabel(kind), &b->window);
        layout->addWidget(field);
        fields << field;
        QObject::connect(field, &widgets::DocumentField::attached, &b->editor,
                         [b, kind](const QString& path, const files::FileInspection& inspection) {
                             if (qEnvironmentVariableIsSet("BENCH_GUI_TRACE"))
                                 err() << "attached " << path << " at " << b->probe.elapsed() << " ms" << Qt::endl;
                             b->editor.attach(kind, path, inspection);
                         });
    }
    b->window.show();
    const auto submit = [b, captcha] {
        QObject::connect(&b->submission, &services::DossierSubmission::captchaRequested, b,
                         [b, captcha] { b->submission.answerCaptcha(captcha); });
        QObject::connect(&b->submission, &services::DossierSubmission::finished, b,
                         [b](const services::SubmissionOutcome& outcome, bool) {
                             b->probe.report("dossier submitted");
                             if (outcome.kind != services::SubmissionOutcome::Sent)
                                 return QCoreApplication::exit(fail("the portal did not take the dossier"));
                             out() << "draft " << b->keeper.draftId() << Qt::endl;
                             QCoreApplication::exit(0);
                         });
        b->probe.start();
        b->submission.submit(b->editor.content(enrollment::EnrollmentWizard::Recap));
    };
    // Once the window is drawn, the six files are chosen.
    QTimer::singleShot(500, b, [b, fields, file, submit, spacingMs] {
        b->probe.start();
        const QList<model::DocumentKind> kinds = file.attachments.kinds();
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QTimer::singleShot(static_cast<int>(i) * spacingMs, b,
                               [i, fields, path = file.attachments.find(kinds.at(i))->path] {
                                   widgets::answerNextFileDialog(path);
                                   fields.at(i)->findChild<QPushButton*>(QStringLiteral("chooseButton"))->click();
                               });
        }
        when(
            [b] {
                return b->editor.attachments().kinds().size() == 6 && b->autosave.lastSaved().isValid()
                    && !b->autosave.isPending() && !b->keeper.isSaving();
            },
            [b, submit, spacingMs] {
                b->probe.report(spacingMs == 0 ? "six documents attached at once and the draft saved"
                                               : "six documents attached one by one and the draft saved");
                if (!b->autosave.failure().isEmpty())
                    return QCoreApplication::exit(fail("the draft was not saved"));
                submit();
            });
    });
    return QApplication::exec();
}

int open(const QUrl& portal, const QString& draftId)
{
    QNetworkAccessManager network;
    portal::PortalClient client(network, portal, portal::PortalClient::Options());
    MainWindow window;
    window.resize(960, 640);
    window.show();
    auto* controller = new enrollment::EnrollmentController(client, &window, draftId);
    controller->show();
    QObject::connect(controller, &enrollment::EnrollmentController::openFailed, [](const QString& message) {
        err() << "bench_gui: " << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    when(
        [&window] {
            auto* wizard = window.findChild<enrollment::EnrollmentWizard*>();
            return wizard && wizard->isVisible();
        },
        [] {
            // A few frames drawn with the documents' thumbnails before memory is read.
            QTimer::singleShot(1000, [] {
                out() << "peak resident memory with the draft open: "
                      << ms(static_cast<double>(bench::peakResidentKiB()) / 1024.0) << " MB" << Qt::endl;
                QCoreApplication::exit(0);
            });
        });
    return QApplication::exec();
}

} // namespace
} // namespace segurdesk

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 6 && args.at(1) == QLatin1String("attach"))
        return segurdesk::attach(QUrl(args.at(2)), args.at(3), args.at(4), args.at(5).toInt());
    if (args.size() == 4 && args.at(1) == QLatin1String("open"))
        return segurdesk::open(QUrl(args.at(2)), args.at(3));
    segurdesk::err() << "usage: bench_gui attach PORTAL DOSSIER.json CAPTCHA SPACING_MS | open PORTAL DRAFT_ID"
                     << Qt::endl;
    return 2;
}
