// segurdesk-cli: validation, inspection and portal operations for operators and scripts.
#include "cli/CommandRegistry.h"
#include "core/i18n/Translations.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/storage/ApplicationIdentity.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <coroutine>
#include <cstdio>
#include <exception>

namespace {

// The coroutine main() starts and does not keep: it runs the command to its end, then leaves the
// application's event loop with the command's exit code once the embedded portal the command
// stopped has ended, and its frame frees itself.
struct Detached
{
    struct promise_type
    {
        Detached get_return_object() { return {}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() { }
        void unhandled_exception() noexcept { std::terminate(); }
    };
};

Detached exitWhenDone(segurdesk::cli::Task<int> command)
{
    const int exitCode = co_await command;
    segurdesk::portal::EmbeddedSandbox::whenAllEnded(QCoreApplication::instance(),
                                                     [exitCode] { QCoreApplication::exit(exitCode); });
}

} // namespace

int main(int argc, char** argv)
{
    // QImage and QtPdf need a QGuiApplication, which needs a platform even without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // The client's trace (each request, each storage event) is for diagnosis, not for the
    // operator's terminal: off unless --verbose; warnings still show. QT_LOGGING_RULES, read
    // after these rules, still wins.
    if (arguments.removeAll(QStringLiteral("--verbose")) == 0)
        QLoggingCategory::setFilterRules(QStringLiteral("segurdesk.*.debug=false\nsegurdesk.*.info=false"));
    QString language = QStringLiteral("fr");
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0) {
        language = arguments.value(langAt + 1);
        arguments.remove(langAt, qMin<qsizetype>(2, arguments.size() - langAt));
    }
    if (!segurdesk::installTranslations(app, language)) {
        err << QCoreApplication::translate("cli", "Unknown language \"%1\": use fr or en.").arg(language) << Qt::endl;
        return segurdesk::cli::UsageError;
    }
    // One event loop for the whole command: it turns while the command waits for the portal or
    // the local data.
    segurdesk::cli::CommandRegistry registry;
    QTimer::singleShot(0, &app, [&] { exitWhenDone(registry.dispatch(arguments, out, err)); });
    return QCoreApplication::exec();
}
