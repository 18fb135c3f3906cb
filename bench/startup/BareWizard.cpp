// bench_bare_wizard: the reference of bench/startup/bench-startup.sh, a one-page QWizard linked
// with Qt Widgets alone. It says when main() was entered and when its first frame was drawn, on
// the same logging category and in the same words as the app (app/main.cpp), so that the app's
// start is measured next to the least any Qt Widgets window takes on the same machine at the
// same moment.
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

Q_LOGGING_CATEGORY(lcStartup, "segurdesk.startup", QtWarningMsg)

namespace {

// Queued, as in MainWindow::eventFilter: the time is taken once the frame being drawn has
// reached the screen.
class FirstPaintLogger : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    qCInfo(lcStartup, "first window painted at %lld ms since the epoch",
                           QDateTime::currentMSecsSinceEpoch());
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char** argv)
{
    qCInfo(lcStartup, "main() entered at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
    QApplication app(argc, argv);
    QWizard wizard;
    auto* page = new QWizardPage;
    page->setTitle(QStringLiteral("Étape 1"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Une page")));
    wizard.addPage(page);
    FirstPaintLogger firstPaint;
    page->installEventFilter(&firstPaint);
    wizard.show();
    return QApplication::exec();
}
