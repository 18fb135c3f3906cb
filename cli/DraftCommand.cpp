#include "cli/DraftCommand.h"

#include "cli/DraftFieldSetter.h"
#include "cli/FieldErrorText.h"
#include "cli/OpenLocalData.h"
#include "core/files/FileInspector.h"
#include "core/model/DocumentKind.h"
#include "core/model/DossierFile.h"
#include "core/services/DossierImporter.h"
#include "core/services/DraftDossier.h"
#include "core/storage/DraftStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

QString stateName(storage::Draft::State state)
{
    switch (state) {
    case storage::Draft::State::Editing:
        return QCoreApplication::translate("cli", "draft");
    case storage::Draft::State::Submitting:
        return QCoreApplication::translate("cli", "being submitted");
    case storage::Draft::State::Submitted:
        return QCoreApplication::translate("cli", "submitted");
    }
    return {};
}

QString stateId(storage::Draft::State state)
{
    switch (state) {
    case storage::Draft::State::Editing:
        return QStringLiteral("editing");
    case storage::Draft::State::Submitting:
        return QStringLiteral("submitting");
    case storage::Draft::State::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

// What identifies a dossier in a list: its trade name, else its company name.
QString title(const storage::Draft& draft)
{
    const QJsonObject applicant = draft.dossier().value(QStringLiteral("applicant")).toObject();
    const QString trade = applicant.value(QStringLiteral("trade_name")).toString();
    return trade.isEmpty() ? applicant.value(QStringLiteral("company_name")).toString() : trade;
}

QJsonObject toJson(const storage::Draft& draft, bool withContent)
{
    QJsonObject json {{QStringLiteral("id"), draft.id()},
                      {QStringLiteral("state"), stateId(draft.state())},
                      {QStringLiteral("title"), title(draft)},
                      {QStringLiteral("created_at"), draft.createdAt().toString(Qt::ISODate)},
                      {QStringLiteral("modified_at"), draft.modifiedAt().toString(Qt::ISODate)}};
    if (draft.receipt().isValid())
        json.insert(QStringLiteral("receipt"), draft.receipt().toJson());
    QJsonArray attachments;
    for (const storage::DraftAttachment& attachment : draft.attachments()) {
        attachments.append(QJsonObject {{QStringLiteral("field"), attachment.slot},
                                        {QStringLiteral("file_name"), attachment.fileName},
                                        {QStringLiteral("size"), attachment.size},
                                        {QStringLiteral("sha256"), attachment.sha256}});
    }
    json.insert(QStringLiteral("attachments"), attachments);
    if (withContent)
        json.insert(QStringLiteral("dossier"), draft.dossier());
    return json;
}

int storageFailure(const storage::StorageError& error, QTextStream& err)
{
    err << error.message() << Qt::endl;
    return SomeRejected;
}

} // namespace

QString DraftCommand::name() const
{
    return QStringLiteral("draft");
}

QString DraftCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "draft new [DOSSIER.json] | list [--json] | show ID [--json] | attach ID FIELD "
                                       "FILE | set ID FIELD VALUE | rm ID   keep dossiers as encrypted drafts");
}

Task<int> DraftCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    const QString action = rest.value(0);
    rest = rest.mid(1);
    const auto usage = [&]() {
        err << "  " << synopsis() << Qt::endl;
        return UsageError;
    };
    static const QHash<QString, std::pair<qsizetype, qsizetype>> arity {
        {QStringLiteral("new"), {0, 1}},    {QStringLiteral("list"), {0, 0}}, {QStringLiteral("show"), {1, 1}},
        {QStringLiteral("attach"), {3, 3}}, {QStringLiteral("set"), {3, 3}},  {QStringLiteral("rm"), {1, 1}},
    };
    const auto expected = arity.constFind(action);
    if (expected == arity.constEnd()) {
        err << QCoreApplication::translate("cli", "Unknown draft action \"%1\".").arg(action) << Qt::endl;
        co_return usage();
    }
    if (rest.size() < expected->first || rest.size() > expected->second) {
        err << QCoreApplication::translate("cli", "Wrong number of arguments for \"draft %1\".").arg(action)
            << Qt::endl;
        co_return usage();
    }
    const std::unique_ptr<services::LocalData> store = co_await openLocalData(services::LocalData::Drafts, err);
    if (!store)
        co_return SomeRejected;
    if (action == QLatin1String("new"))
        co_return create(*store, rest, out, err);
    if (action == QLatin1String("list"))
        co_return list(*store, json, out, err);
    if (action == QLatin1String("show"))
        co_return show(*store, rest.first(), json, out, err);
    if (action == QLatin1String("attach"))
        co_return attach(*store, rest, out, err);
    if (action == QLatin1String("set"))
        co_return set(*store, rest, out, err);
    co_return remove(*store, rest.first(), out, err);
}

int DraftCommand::create(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    storage::Draft draft;
    if (arguments.isEmpty()) {
        if (const storage::StorageError error = store.drafts().create(services::DraftDossier::draftJson({}), draft))
            return storageFailure(error, err);
        out << draft.id() << Qt::endl;
        return AllGood;
    }
    const model::DossierFile::Loaded loaded = model::DossierFile::load(arguments.first());
    if (model::hasBlockingError(loaded.errors)) {
        printFieldErrors(err, arguments.first(), loaded.errors);
        err.flush();
        return SomeRejected;
    }
    // A document that the portal would refuse is better refused now, before it is copied in.
    files::FileInspector inspector;
    bool refused = false;
    for (const model::DocumentKind kind : loaded.attachments.kinds()) {
        const model::Attachment* attachment = loaded.attachments.find(kind);
        const files::FileInspection inspection = inspector.inspect(attachment->path);
        if (!inspection.accepted()) {
            err << QStringLiteral("  %1 — [%2] %3")
                       .arg(model::documentField(kind), inspection.code(), inspection.message)
                << '\n';
            refused = true;
        }
    }
    if (refused) {
        err << QCoreApplication::translate("cli", "Nothing was stored.") << Qt::endl;
        return SomeRejected;
    }
    if (const storage::StorageError error = services::DossierImporter(store.drafts()).import(loaded, draft))
        return storageFailure(error, err);
    out << draft.id() << Qt::endl;
    return AllGood;
}

int DraftCommand::list(services::LocalData& store, bool json, QTextStream& out, QTextStream& err)
{
    QJsonArray array;
    bool damaged = false;
    for (const storage::DraftListEntry& entry : store.drafts().list()) {
        if (entry.error.isError()) {
            damaged = true;
            if (json)
                array.append(QJsonObject {{QStringLiteral("id"), entry.id},
                                          {QStringLiteral("state"), QStringLiteral("damaged")},
                                          {QStringLiteral("error"), entry.error.message()}});
            else
                out << entry.id << '\t' << QCoreApplication::translate("cli", "damaged") << '\t'
                    << entry.error.message() << '\n';
            continue;
        }
        const storage::Draft& draft = entry.draft;
        if (json) {
            array.append(toJson(draft, false));
            continue;
        }
        out << draft.id() << '\t' << stateName(draft.state()) << '\t'
            << QLocale().toString(draft.modifiedAt().toLocalTime(), QLocale::ShortFormat) << '\t' << title(draft);
        if (draft.receipt().isValid())
            out << '\t' << draft.receipt().number;
        out << '\n';
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
    if (damaged)
        err << QCoreApplication::translate("cli", "Some drafts are damaged and cannot be opened.") << Qt::endl;
    return damaged ? SomeRejected : AllGood;
}

int DraftCommand::show(services::LocalData& store, const QString& id, bool json, QTextStream& out, QTextStream& err)
{
    storage::Draft draft;
    if (const storage::StorageError error = store.drafts().load(id, draft))
        return storageFailure(error, err);
    if (json) {
        out << QString::fromUtf8(QJsonDocument(toJson(draft, true)).toJson(QJsonDocument::Indented));
        out.flush();
        return AllGood;
    }
    out << QCoreApplication::translate("cli", "Draft %1 (%2)").arg(draft.id(), stateName(draft.state())) << '\n';
    if (draft.receipt().isValid())
        out << QCoreApplication::translate("cli", "Dossier number %1, received %2")
                   .arg(draft.receipt().number,
                        QLocale().toString(draft.receipt().receivedAt.toLocalTime(), QLocale::ShortFormat))
            << '\n';
    out << QString::fromUtf8(QJsonDocument(draft.dossier()).toJson(QJsonDocument::Indented));
    for (const storage::DraftAttachment& attachment : draft.attachments())
        out << QStringLiteral("documents.%1\t%2\t%3\t%4")
                   .arg(attachment.slot, attachment.fileName, QLocale().formattedDataSize(attachment.size),
                        attachment.sha256)
            << '\n';
    const model::FieldErrors errors = services::DraftDossier::fromDraft(draft).validate();
    if (!errors.isEmpty()) {
        out << QCoreApplication::translate("cli", "Still to complete or correct:") << '\n';
        printFieldErrors(out, draft.id(), errors);
    }
    out.flush();
    return AllGood;
}

int DraftCommand::attach(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QString field = arguments.at(1);
    if (field.startsWith(QLatin1String("documents.")))
        field = field.mid(int(qstrlen("documents.")));
    const std::optional<model::DocumentKind> kind = model::documentKindFromKey(field);
    if (!kind) {
        QStringList keys;
        for (const model::DocumentKind known : model::allDocumentKinds())
            keys << model::documentKey(known);
        err << QCoreApplication::translate("cli", "Unknown document \"%1\": use one of %2.")
                   .arg(arguments.at(1), keys.join(QLatin1Char(' ')))
            << Qt::endl;
        return UsageError;
    }
    storage::Draft draft;
    if (const storage::StorageError error = store.drafts().load(arguments.first(), draft))
        return storageFailure(error, err);
    const files::FileInspection inspection = files::FileInspector().inspect(arguments.at(2));
    if (!inspection.accepted()) {
        err << QStringLiteral("%1 — [%2] %3").arg(model::documentLabel(*kind), inspection.code(), inspection.message)
            << '\n'
            << QCoreApplication::translate("cli", "Nothing was stored.") << Qt::endl;
        return SomeRejected;
    }
    if (const storage::StorageError error = store.drafts().attach(draft, model::documentKey(*kind), arguments.at(2)))
        return storageFailure(error, err);
    out << QCoreApplication::translate("cli", "%1 attached to draft %2.").arg(model::documentLabel(*kind), draft.id())
        << Qt::endl;
    return AllGood;
}

int DraftCommand::set(services::LocalData& store, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    storage::Draft draft;
    if (const storage::StorageError error = store.drafts().load(arguments.first(), draft))
        return storageFailure(error, err);
    QJsonObject dossier = draft.dossier();
    const QString refusal = DraftFieldSetter::set(dossier, arguments.at(1), arguments.at(2));
    if (!refusal.isEmpty()) {
        err << refusal << Qt::endl;
        return SomeRejected;
    }
    draft.setDossier(dossier);
    if (const storage::StorageError error = store.drafts().save(draft))
        return storageFailure(error, err);
    out << QCoreApplication::translate("cli", "%1 saved.").arg(arguments.at(1)) << Qt::endl;
    return AllGood;
}

int DraftCommand::remove(services::LocalData& store, const QString& id, QTextStream& out, QTextStream& err)
{
    storage::Draft draft;
    if (const storage::StorageError error = store.drafts().load(id, draft))
        return storageFailure(error, err);
    if (draft.state() == storage::Draft::State::Submitting) {
        err << QCoreApplication::translate("cli",
                                           "Draft %1 is being submitted: it is removed once the portal has answered.")
                   .arg(id)
            << Qt::endl;
        return SomeRejected;
    }
    if (const storage::StorageError error = store.drafts().remove(id))
        return storageFailure(error, err);
    out << QCoreApplication::translate("cli", "Draft %1 removed.").arg(id) << Qt::endl;
    return AllGood;
}

} // namespace segurdesk::cli
