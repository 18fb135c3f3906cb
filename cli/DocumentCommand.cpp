#include "cli/DocumentCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "core/portal/DocumentDownloadRequest.h"
#include "core/storage/SavedFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

QString DocumentCommand::name() const
{
    return QStringLiteral("document");
}

QString DocumentCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "document --login ID DOCUMENT_ID -o FILE [--force]   download a document "
                                       "(e.g. the decision letter)");
}

Task<int> DocumentCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool force = options.takeFlag(QStringLiteral("--force"));
    std::optional<QString> target = options.takeValue(QStringLiteral("-o"));
    if (!target)
        target = options.takeValue(QStringLiteral("--output"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session = co_await AccountSession::take(options, err, exitCode);
    if (!session)
        co_return exitCode;
    if (!target || target->isEmpty() || options.missingValue() || !options.unknownOption().isEmpty()
        || options.rest().size() != 1) {
        err << QCoreApplication::translate("cli", "Give one document id and -o FILE.") << '\n'
            << "  " << synopsis() << Qt::endl;
        co_return UsageError;
    }
    // Checked before logging in, so that nothing is downloaded for nothing.
    if (QFileInfo::exists(*target) && !force) {
        err << QCoreApplication::translate("cli", "%1 already exists: add --force to replace it.").arg(*target)
            << Qt::endl;
        co_return SomeRejected;
    }
    exitCode = co_await session->logIn(AccountSession::Purpose::Dossiers, err);
    if (exitCode != AllGood)
        co_return exitCode;

    portal::DocumentDownloadRequest request(session->client(), options.rest().first());
    if (!co_await PortalSession::send(request)) {
        AccountSession::printError(err, request.error());
        co_return SomeRejected;
    }
    if (const QString problem = storage::saveFile(*target, request.content()); !problem.isEmpty()) {
        err << QCoreApplication::translate("cli", "%1 cannot be written: %2").arg(*target, problem) << Qt::endl;
        co_return SomeRejected;
    }
    out << QCoreApplication::translate("cli", "%1 saved to %2 (%3, %4 bytes).")
               .arg(request.fileName().isEmpty() ? options.rest().first() : request.fileName(), *target,
                    request.contentType(), QLocale().toString(request.content().size()))
        << Qt::endl;
    co_return AllGood;
}

} // namespace segurdesk::cli
