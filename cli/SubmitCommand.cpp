#include "cli/SubmitCommand.h"

#include "cli/DossierImporter.h"
#include "cli/DraftDossier.h"
#include "cli/FieldErrorText.h"
#include "cli/LocalStore.h"
#include "cli/PortalSession.h"
#include "cli/Submitter.h"
#include "core/model/DossierFile.h"
#include "core/model/DossierValidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

struct Row
{
    QString target;
    QString result; // sent, already_sent, invalid, refused, pending
    QString number;
    QDateTime receivedAt;
    QString detail;
};

QString resultLabel(const QString& result)
{
    if (result == QLatin1String("sent"))
        return QCoreApplication::translate("cli", "sent");
    if (result == QLatin1String("already_sent"))
        return QCoreApplication::translate("cli", "already sent");
    if (result == QLatin1String("invalid"))
        return QCoreApplication::translate("cli", "invalid");
    if (result == QLatin1String("refused"))
        return QCoreApplication::translate("cli", "refused");
    return QCoreApplication::translate("cli", "pending");
}

QString outcomeId(Submitter::Outcome::Kind kind)
{
    switch (kind) {
    case Submitter::Outcome::Sent:
        return QStringLiteral("sent");
    case Submitter::Outcome::AlreadySent:
        return QStringLiteral("already_sent");
    case Submitter::Outcome::Refused:
        return QStringLiteral("refused");
    case Submitter::Outcome::Pending:
        break;
    }
    return QStringLiteral("pending");
}

void printTable(QTextStream& out, const QList<Row>& rows)
{
    const QStringList headers {QCoreApplication::translate("cli", "Dossier"),
                               QCoreApplication::translate("cli", "Result"),
                               QCoreApplication::translate("cli", "Dossier number or error")};
    qsizetype targetWidth = headers.at(0).size();
    qsizetype resultWidth = headers.at(1).size();
    for (const Row& row : rows) {
        targetWidth = qMax(targetWidth, row.target.size());
        resultWidth = qMax(resultWidth, resultLabel(row.result).size());
    }
    out << headers.at(0).leftJustified(targetWidth) << "  " << headers.at(1).leftJustified(resultWidth) << "  "
        << headers.at(2) << '\n';
    for (const Row& row : rows) {
        QString last = row.detail;
        if (!row.number.isEmpty())
            last = QCoreApplication::translate("cli", "%1 (received %2)")
                       .arg(row.number, QLocale().toString(row.receivedAt.toLocalTime(), QLocale::ShortFormat));
        out << row.target.leftJustified(targetWidth) << "  " << resultLabel(row.result).leftJustified(resultWidth)
            << "  " << last << '\n';
    }
}

QJsonArray toJson(const QList<Row>& rows)
{
    QJsonArray array;
    for (const Row& row : rows) {
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

int SubmitCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList rest = arguments;
    QString captcha;
    bool json = false;
    QStringList targets;
    int exitCode = AllGood;
    std::unique_ptr<PortalSession> session = PortalSession::open(rest, err, exitCode);
    if (!session)
        return exitCode;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& argument = rest.at(i);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--captcha") && i + 1 < rest.size()) {
            captcha = rest.at(++i);
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(argument) << '\n'
                << "  " << synopsis() << Qt::endl;
            return UsageError;
        } else {
            targets << argument;
        }
    }
    const std::unique_ptr<LocalStore> store = LocalStore::open(LocalStore::Drafts | LocalStore::Outbox, err);
    if (!store)
        return SomeRejected;

    Submitter submitter(*store, *session, captcha, err);
    QList<Row> rows;
    const auto record = [&rows](const QString& target, const Submitter::Outcome& outcome) {
        rows.append(
            {target, outcomeId(outcome.kind), outcome.receipt.number, outcome.receipt.receivedAt, outcome.message});
    };

    // A run that was killed left its submissions pending: they go first, with their own keys.
    storage::StorageError pendingError;
    const QList<storage::OutboxEntry> pending = store->outbox().pending(&pendingError);
    if (pendingError) {
        // Unsent dossiers may be among what cannot be read: sending others could not be told apart.
        err << pendingError.message() << Qt::endl;
        return SomeRejected;
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const QString label = QCoreApplication::translate("cli", "draft %1").arg(pending.at(i).draftId);
        const auto progress = [&](const QString& what) {
            err << QStringLiteral("[%1/%2] %3 … %4").arg(i + 1).arg(pending.size()).arg(label, what) << Qt::endl;
        };
        progress(QCoreApplication::translate("cli", "resuming"));
        storage::Draft draft;
        if (storage::StorageError error = store->drafts().load(pending.at(i).draftId, draft)) {
            rows.append({label, QStringLiteral("pending"), {}, {}, error.message()});
            continue;
        }
        const Submitter::Outcome outcome = submitter.submit(draft, progress);
        progress(resultLabel(outcomeId(outcome.kind)));
        record(label, outcome);
    }

    DossierImporter importer(store->drafts());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString& target = targets.at(i);
        const QString label = QFileInfo(target).fileName();
        const auto progress = [&](const QString& what) {
            err << QStringLiteral("[%1/%2] %3 … %4").arg(i + 1).arg(targets.size()).arg(label, what) << Qt::endl;
        };
        progress(QCoreApplication::translate("cli", "checking"));
        const auto refuseInvalid = [&](const model::FieldErrors& errors) {
            printFieldErrors(err, target, errors);
            rows.append({target,
                         QStringLiteral("invalid"),
                         {},
                         {},
                         QCoreApplication::translate("cli", "%1 error(s), nothing sent").arg(blockingCount(errors))});
            progress(resultLabel(QStringLiteral("invalid")));
        };
        storage::Draft draft;
        if (QFileInfo(target).isFile()) {
            const model::DossierFile::Loaded loaded = model::DossierFile::load(target);
            const model::FieldErrors errors = model::mergeFieldErrors(
                loaded.errors, model::DossierValidator().validate(loaded.dossier, loaded.attachments));
            if (model::hasBlockingError(errors)) {
                refuseInvalid(errors);
                continue;
            }
            if (storage::StorageError error = importer.import(loaded, draft)) {
                rows.append({target, QStringLiteral("pending"), {}, {}, error.message()});
                continue;
            }
        } else {
            if (storage::StorageError error = store->drafts().load(target, draft)) {
                rows.append({target, QStringLiteral("invalid"), {}, {}, error.message()});
                progress(resultLabel(QStringLiteral("invalid")));
                continue;
            }
            const model::FieldErrors errors = DraftDossier::fromDraft(draft).validate();
            if (draft.isEditable() && model::hasBlockingError(errors)) {
                refuseInvalid(errors);
                continue;
            }
        }
        const Submitter::Outcome outcome = submitter.submit(draft, progress);
        progress(resultLabel(outcomeId(outcome.kind)));
        record(target, outcome);
    }

    if (json)
        out << QString::fromUtf8(QJsonDocument(toJson(rows)).toJson(QJsonDocument::Indented));
    else
        printTable(out, rows);
    out.flush();
    const bool allSent = std::all_of(rows.cbegin(), rows.cend(), [](const Row& row) {
        return row.result == QLatin1String("sent") || row.result == QLatin1String("already_sent");
    });
    return allSent ? AllGood : SomeRejected;
}

} // namespace segurdesk::cli
