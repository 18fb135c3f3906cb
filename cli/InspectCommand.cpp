#include "cli/InspectCommand.h"

#include "core/files/FileInspector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace segurdesk::cli {

namespace {

using files::FileInspection;
using files::FileType;
using files::FileVerdict;

struct InspectOptions
{
    QStringList files;
    bool json = false;
    qint64 maxBytes = files::InspectionLimits::DefaultMaxBytes;
};

std::optional<qint64> parseByteCount(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

// Returns the options, or nothing after writing the reason to `err`.
std::optional<InspectOptions> parse(const QStringList& arguments, QTextStream& err)
{
    InspectOptions options;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1String("--"))) {
            options.files.append(argument);
        } else if (argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--max-bytes") || argument.startsWith(QLatin1String("--max-bytes="))) {
            const bool attached = argument.contains(QLatin1Char('='));
            if (!attached && i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("cli", "--max-bytes needs a number of bytes.") << Qt::endl;
                return std::nullopt;
            }
            const QString value = attached ? argument.section(QLatin1Char('='), 1) : arguments.at(++i);
            const std::optional<qint64> maxBytes = parseByteCount(value);
            if (!maxBytes) {
                err << QCoreApplication::translate(
                           "cli", "Invalid --max-bytes \"%1\": give a whole number of bytes greater than zero.")
                           .arg(value)
                    << Qt::endl;
                return std::nullopt;
            }
            options.maxBytes = *maxBytes;
        } else {
            err << QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(argument) << Qt::endl;
            return std::nullopt;
        }
    }
    if (options.files.isEmpty()) {
        err << QCoreApplication::translate("cli", "No file to inspect.") << Qt::endl;
        return std::nullopt;
    }
    return options;
}

bool reportsPages(const FileInspection& inspection)
{
    return inspection.type == FileType::Pdf
        && (inspection.verdict == FileVerdict::Accepted || inspection.verdict == FileVerdict::PdfNoPages);
}

QJsonValue nullable(bool present, const QJsonValue& value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const QString& file, const FileInspection& inspection)
{
    const bool hasPixels = inspection.pixelSize.isValid();
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("accepted"), inspection.accepted()},
        {QStringLiteral("type"), files::fileTypeId(inspection.type)},
        {QStringLiteral("size"), nullable(inspection.size >= 0, inspection.size)},
        {QStringLiteral("pages"), nullable(reportsPages(inspection), inspection.pageCount)},
        {QStringLiteral("width"), nullable(hasPixels, inspection.pixelSize.width())},
        {QStringLiteral("height"), nullable(hasPixels, inspection.pixelSize.height())},
        {QStringLiteral("sha256"),
         nullable(!inspection.sha256Hex.isEmpty(), QString::fromLatin1(inspection.sha256Hex))},
        {QStringLiteral("code"), inspection.code()},
        {QStringLiteral("reason"), inspection.message},
    };
}

// One line: FILE: accepted|rejected, type, size, pages or pixels, sha256, then code and reason.
QString toText(const QString& file, const FileInspection& inspection)
{
    QStringList parts;
    parts << (inspection.accepted() ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    if (inspection.type != FileType::Unknown || inspection.verdict == FileVerdict::TypeNotAllowed)
        parts << files::fileTypeDisplayName(inspection.type);
    if (inspection.size >= 0)
        parts << QCoreApplication::translate("cli", "%1 bytes").arg(inspection.size);
    if (reportsPages(inspection))
        parts << QCoreApplication::translate("cli", "pages: %1").arg(inspection.pageCount);
    if (inspection.pixelSize.isValid())
        parts << QCoreApplication::translate("cli", "%1 × %2 pixels")
                     .arg(inspection.pixelSize.width())
                     .arg(inspection.pixelSize.height());
    if (!inspection.sha256Hex.isEmpty())
        parts << QStringLiteral("sha256 ") + QString::fromLatin1(inspection.sha256Hex);
    QString line = file + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (!inspection.accepted())
        line += QStringLiteral(" [") + inspection.code() + QStringLiteral("] ") + inspection.message;
    return line;
}

} // namespace

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::synopsis() const
{
    return QCoreApplication::translate(
        "cli", "inspect FILE... [--json] [--max-bytes N]   check attachments: type, size, integrity, SHA-256");
}

Task<int> InspectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const std::optional<InspectOptions> options = parse(arguments, err);
    if (!options) {
        err << QStringLiteral("  ") << synopsis() << Qt::endl;
        co_return UsageError;
    }
    files::InspectionLimits limits;
    limits.maxBytes = options->maxBytes;
    const files::FileInspector inspector(limits);

    bool allAccepted = true;
    QJsonArray results;
    for (const QString& file : options->files) {
        const FileInspection inspection = inspector.inspect(file);
        allAccepted = allAccepted && inspection.accepted();
        if (options->json)
            results.append(toJson(file, inspection));
        else
            out << toText(file, inspection) << Qt::endl;
    }
    if (options->json)
        out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    out.flush();
    co_return allAccepted ? AllGood : SomeRejected;
}

} // namespace segurdesk::cli
