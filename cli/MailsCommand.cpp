#include "cli/MailsCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "cli/PagedFetch.h"
#include "core/portal/MailListRequest.h"
#include "core/portal/MailRequest.h"
#include "core/portal/Parsed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

Task<int> showOne(AccountSession& session, const QString& id, bool json, QTextStream& out, QTextStream& err)
{
    portal::MailRequest request(session.client(), id);
    if (!co_await PortalSession::send(request)) {
        AccountSession::printError(err, request.error());
        co_return SomeRejected;
    }
    if (json) {
        out << QJsonDocument(request.json()).toJson(QJsonDocument::Indented) << Qt::flush;
        co_return AllGood;
    }
    const portal::MailMessage& mail = request.value();
    out << QCoreApplication::translate("cli", "Subject: %1").arg(mail.summary.subject) << '\n'
        << QCoreApplication::translate("cli", "To: %1").arg(mail.summary.to) << '\n'
        << QCoreApplication::translate("cli", "Sent: %1").arg(when(mail.summary.sentAt)) << "\n\n"
        << mail.body << Qt::endl;
    co_return AllGood;
}

Task<int> listAll(AccountSession& session, bool json, QTextStream& out, QTextStream& err)
{
    QList<QJsonObject> items;
    portal::PortalError error;
    if (!co_await fetchAllPages<portal::MailListRequest>(session.client(), items, error)) {
        AccountSession::printError(err, error);
        co_return SomeRejected;
    }
    if (json) {
        QJsonArray array;
        for (const QJsonObject& item : items)
            array.append(item);
        out << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        co_return AllGood;
    }
    out << QCoreApplication::translate("cli", "Mails (%1)").arg(items.size()) << '\n';
    for (const QJsonObject& item : items) {
        const portal::Parsed<portal::MailSummary> mail
            = portal::parseReply<portal::MailSummary>(QJsonDocument(item).toJson(QJsonDocument::Compact));
        if (mail)
            out << "  " << mail.value->id << "  " << when(mail.value->sentAt) << "  " << mail.value->subject << '\n';
    }
    out.flush();
    co_return AllGood;
}

} // namespace

QString MailsCommand::name() const
{
    return QStringLiteral("mails");
}

QString MailsCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "mails --login ID [--json] [MAIL_ID]   read the mails the portal sent you, "
                                       "or one of them");
}

Task<int> MailsCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool json = options.takeFlag(QStringLiteral("--json"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session = co_await AccountSession::take(options, err, exitCode);
    if (!session)
        co_return exitCode;
    if (!options.unknownOption().isEmpty() || options.rest().size() > 1) {
        err << QCoreApplication::translate("cli", "Unexpected argument \"%1\".")
                   .arg(options.unknownOption().isEmpty() ? options.rest().last() : options.unknownOption())
            << '\n'
            << "  " << synopsis() << Qt::endl;
        co_return UsageError;
    }
    exitCode = co_await session->logIn(AccountSession::Purpose::Dossiers, err);
    if (exitCode != AllGood)
        co_return exitCode;
    if (options.rest().isEmpty())
        co_return co_await listAll(*session, json, out, err);
    co_return co_await showOne(*session, options.rest().first(), json, out, err);
}

} // namespace segurdesk::cli
