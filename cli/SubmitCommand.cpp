#include "cli/SubmitCommand.h"

#include "cli/OpenLocalData.h"
#include "cli/PortalSession.h"
#include "cli/SubmitBatch.h"
#include "core/storage/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

void printTable(QTextStream& out, const QList<SubmitRow>& rows)
{
    const QStringList headers {QCoreApplication::translate("cli", "Dossier"),
                               QCoreApplication::translate("cli", "Result"),
                               QCoreApplication::translate("cli", "Dossier number or error")};
    qsizetype targetWidth = headers.at(0).size();
    qsizetype resultWidth = headers.at(1).size();
    for (const SubmitRow& row : rows) {
        targetWidth = qMax(targetWidth, row.target.size());
        resultWidth = qMax(resultWidth, SubmitBatch::resultLabel(row.result).size());
    }
    out << headers.at(0).leftJustified(targetWidth) << "  " << headers.at(1).leftJustified(resultWidth) << "  "
        << headers.at(2) << '\n';
    for (const SubmitRow& row : rows) {
        QString last = row.detail;
        if (!row.number.isEmpty())
            last = QCoreApplication::translate("cli", "%1 (received %2)")
                       .arg(row.number, QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat));
        out << row.target.leftJustified(targetWidth) << "  "
            << SubmitBatch::resultLabel(row.result).leftJustified(resultWidth) << "  " << last << '\n';
    }
}

QJsonArray toJson(const QList<SubmitRow>& rows)
{
    QJsonArray array;
    for (const SubmitRow& row : rows) {
        QJsonObject object {{QStringLiteral("dossier"), row.target}, {QStringLiteral("result"), row.result}};
        if (!row.number.isEmpty()) {
            object.insert(QStringLiteral("number"), row.number);
            object.insert(QStringLiteral("received_at"), row.receivedAt.toString(Qt::ISODate));
        }
        if (!row.detail.isEmpty())
            object.insert(QStringLiteral("error"), row.detail);
        array.append(object);
    }
    return array;
}

} // namespace

QString SubmitCommand::name() const
{
    return QStringLiteral("submit");
}

QString SubmitCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "submit [--captcha CODE] [--json] DOSSIER.json|DRAFT_ID...   send dossiers "
                                       "exactly once");
}

Task<int> SubmitCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList rest = arguments;
    QString captcha;
    bool json = false;
    QStringList targets;
    int exitCode = AllGood;
    std::unique_ptr<PortalSession> session = co_await PortalSession::open(rest, err, exitCode);
    if (!session)
        co_return exitCode;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& argument = rest.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--captcha") && i + 1 < rest.size()) {
            captcha = rest.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(argument) << '\n'
                << "  " << synopsis() << Qt::endl;
            co_return UsageError;
        } else {
            targets << argument;
        }
    }
    const std::unique_ptr<services::LocalData> store
        = co_await openLocalData(services::LocalData::Drafts | services::LocalData::Outbox, err);
    if (!store)
        co_return SomeRejected;

    storage::StorageError pendingError;
    QList<storage::OutboxEntry> pending = store->outbox().pending(&pendingError);
    if (pendingError) {
        // Unsent dossiers may be among what cannot be read: sending others could not be told apart.
        err << pendingError.message() << Qt::endl;
        co_return SomeRejected;
    }
    services::DraftSubmission submission(store->drafts(), store->outboxLocation(), session->client(),
                                         store->lockHold());
    submission.setFixedCaptchaAnswer(captcha);
    SubmitBatch batch(*store, submission, std::move(pending), targets, err);
    Step finished;
    QObject::connect(&batch, &SubmitBatch::finished, &finished, [&finished] { finished.done(); });
    batch.start();
    co_await finished;
    const QList<SubmitRow>& rows = batch.rows();

    if (json)
        out << QString::fromUtf8(QJsonDocument(toJson(rows)).toJson(QJsonDocument::Indented));
    else
        printTable(out, rows);
    out.flush();
    const bool allSent = std::all_of(rows.cbegin(), rows.cend(), [](const SubmitRow& row) {
        return row.result == QLatin1String("sent") || row.result == QLatin1String("already_sent");
    });
    co_return allSent ? AllGood : SomeRejected;
}

} // namespace segurdesk::cli
