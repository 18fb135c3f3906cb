// segurdesk_submitting_app PORTAL CAPTCHA DRAFT_ID...: the desktop app's own objects in a process
// of their own, for the test that starts it beside segurdesk-cli on the same data folder. As an
// operator would in the app, it unlocks the drafts in the passphrase dialog (the passphrase from
// SEGURDESK_PASSPHRASE), then resumes each draft in turn and submits it (DraftKeeper,
// DossierEditor and DossierSubmission, what the wizard's submission page drives), answering
// each captcha with CAPTCHA. Prints one line per draft: "ID sent|already_sent|refused|pending",
// then what the outcome said; exits 0 once every draft is on the portal. Says where it stands on
// stderr, one line each: "unlocked", "loaded ID", "finished ID".
#include "app/drafts/PassphraseDialog.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/RecapPage.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTextStream>

#include <memory>

using namespace segurdesk;

namespace {

// One draft resumed and submitted, as the wizard does it; `done` follows the outcome.
class Resubmission : public QObject
{
public:
    Resubmission(portal::PortalClient& client, const QString& captcha, const QString& id,
                 const std::function<void(const QString& line, bool onPortal)>& done)
        : m_submission(client, m_keeper)
    {
        connect(&m_keeper, &services::DraftKeeper::loaded, this,
                [this, id](const services::DraftKeeper::Loaded& draft) {
                    QTextStream(stderr) << "loaded " << id << Qt::endl;
                    m_editor.load(draft);
                    m_submission.submit(m_editor.content(enrollment::RecapPage::Step));
                });
        connect(&m_keeper, &services::DraftKeeper::loadFailed, this,
                [done, id](const QString& message) { done(id + QStringLiteral(" unreadable ") + message, false); });
        connect(&m_submission, &services::DossierSubmission::captchaRequested, this,
                [this, captcha] { m_submission.answerCaptcha(captcha); });
        connect(&m_submission, &services::DossierSubmission::finished, this,
                [done, id](const services::SubmissionOutcome& outcome, bool) {
                    using Kind = services::SubmissionOutcome::Kind;
                    static const QHash<Kind, QString> names {{Kind::Sent, QStringLiteral("sent")},
                                                             {Kind::AlreadySent, QStringLiteral("already_sent")},
                                                             {Kind::Refused, QStringLiteral("refused")},
                                                             {Kind::Pending, QStringLiteral("pending")}};
                    QTextStream(stderr) << "finished " << id << Qt::endl;
                    done(id + QLatin1Char(' ') + names.value(outcome.kind) + QLatin1Char(' ') + outcome.message,
                         outcome.kind == Kind::Sent || outcome.kind == Kind::AlreadySent);
                });
        m_keeper.load(id);
    }

private:
    enrollment::DossierEditor m_editor;
    services::DraftKeeper m_keeper;
    services::DossierSubmission m_submission;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The passphrase dialog is its only window: the work goes on once it has closed.
    QApplication::setQuitOnLastWindowClosed(false);
    storage::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return 2;
    const QString captcha = arguments.at(2);
    QStringList ids = arguments.mid(3);
    QTextStream out(stdout);

    services::PortalConnection connection;
    std::unique_ptr<Resubmission> current;
    bool allOnPortal = true;
    std::function<void()> next = [&] {
        if (ids.isEmpty()) {
            QCoreApplication::exit(allOnPortal ? 0 : 1);
            return;
        }
        current = std::make_unique<Resubmission>(*connection.client(), captcha, ids.takeFirst(),
                                                 [&](const QString& line, bool onPortal) {
                                                     out << line << Qt::endl;
                                                     allOnPortal = allOnPortal && onPortal;
                                                     // Not from inside the finishing object's signal.
                                                     QMetaObject::invokeMethod(&app, next, Qt::QueuedConnection);
                                                 });
    };
    QObject::connect(&connection, &services::PortalConnection::ready, &app, next);
    QObject::connect(&connection, &services::PortalConnection::failed, &app, [](auto, const QString& message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });

    drafts::PassphraseDialog* dialog = drafts::PassphraseDialog::ask(false, nullptr);
    QObject::connect(dialog, &drafts::PassphraseDialog::unlocked, &connection, [&] {
        QTextStream(stderr) << "unlocked" << Qt::endl;
        connection.open(QUrl(arguments.at(1)));
    });
    QObject::connect(dialog, &QDialog::rejected, &app, [] { QCoreApplication::exit(1); });
    dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
        ->setText(qEnvironmentVariable("SEGURDESK_PASSPHRASE"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return QApplication::exec();
}
