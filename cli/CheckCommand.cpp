#include "cli/CheckCommand.h"

#include "core/validation/Bic.h"
#include "core/validation/Email.h"
#include "core/validation/Iban.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"
#include "core/validation/VatNumber.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace segurdesk::cli {

namespace {

using Validator = ValidationResult (*)(QStringView);

struct Kind
{
    QLatin1String name;
    Validator validate = nullptr;
};

const Kind kKinds[] = {
    {QLatin1String("iban"), validation::validateIban},     {QLatin1String("bic"), validation::validateBic},
    {QLatin1String("siret"), validation::validateSiret},   {QLatin1String("siren"), validation::validateSiren},
    {QLatin1String("tva"), validation::validateFrenchVat}, {QLatin1String("email"), validation::validateEmail},
    {QLatin1String("phone"), validation::validatePhone},
};

struct CheckOptions
{
    const Kind* kind = nullptr;
    QStringList values;
    bool json = false;
};

QString kindList()
{
    QStringList names;
    for (const Kind& kind : kKinds)
        names << kind.name;
    return names.join(u' ');
}

// The lines of `path`, each kept as it is (a final line break does not start another value;
// a UTF-8 byte order mark is file metadata, not part of the first value).
std::optional<QStringList> readValues(const QString& path, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("cli", "Cannot read \"%1\": %2.").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        err << QCoreApplication::translate("cli", "Cannot read \"%1\": %2.").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.isEmpty())
        return QStringList();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    return QString::fromUtf8(bytes).split(u'\n');
}

// Returns the options, or nothing after writing the reason to `err`.
std::optional<CheckOptions> parse(const QStringList& arguments, QTextStream& err)
{
    CheckOptions options;
    bool optionsEnded = false;
    bool sawFile = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool isOption = !optionsEnded && argument.startsWith(QLatin1String("--"));
        if (isOption && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (isOption && argument == QLatin1String("--json")) {
            options.json = true;
        } else if (isOption && (argument == QLatin1String("--file") || argument.startsWith(QLatin1String("--file=")))) {
            const bool attached = argument.contains(u'=');
            if (!attached && i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("cli", "--file needs the path of a file with one value per line.")
                    << Qt::endl;
                return std::nullopt;
            }
            const QString path = attached ? argument.section(u'=', 1) : arguments.at(++i);
            const std::optional<QStringList> values = readValues(path, err);
            if (!values)
                return std::nullopt;
            options.values << *values;
            sawFile = true;
        } else if (isOption) {
            err << QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(argument) << Qt::endl;
            return std::nullopt;
        } else if (options.kind == nullptr) {
            for (const Kind& kind : kKinds) {
                if (argument == kind.name)
                    options.kind = &kind;
            }
            if (options.kind == nullptr) {
                err << QCoreApplication::translate("cli", "Unknown kind \"%1\": use one of %2.")
                           .arg(argument, kindList())
                    << Qt::endl;
                return std::nullopt;
            }
        } else {
            options.values << argument;
        }
    }
    if (options.kind == nullptr) {
        err << QCoreApplication::translate("cli", "Say what to check: one of %1.").arg(kindList()) << Qt::endl;
        return std::nullopt;
    }
    if (options.values.isEmpty() && !sawFile) {
        err << QCoreApplication::translate("cli", "No value to check: give values or --file.") << Qt::endl;
        return std::nullopt;
    }
    return options;
}

QJsonObject toJson(const QString& input, const Kind& kind, const ValidationResult& result)
{
    return {
        {QStringLiteral("input"), input},
        {QStringLiteral("kind"), QString(kind.name)},
        {QStringLiteral("valid"), result.isValid()},
        {QStringLiteral("normalized"), result.normalized},
        {QStringLiteral("code"), result.code},
        {QStringLiteral("message"), result.message},
    };
}

// Keeps one value on one line and its fields apart, whatever the value contains.
QString escapedForLine(QString input)
{
    return input.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'\t', QLatin1String("\\t"))
        .replace(u'\r', QLatin1String("\\r"))
        .replace(u'\n', QLatin1String("\\n"));
}

QString toText(const QString& input, const ValidationResult& result)
{
    QString message;
    if (!result.code.isEmpty())
        message = QStringLiteral("[") + result.code + QStringLiteral("] ") + result.message;
    return QStringList {escapedForLine(input), result.isValid() ? QStringLiteral("valid") : QStringLiteral("invalid"),
                        result.normalized, message}
        .join(u'\t');
}

} // namespace

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::synopsis() const
{
    return QCoreApplication::translate("cli", "check KIND VALUE... | --file F [--json]   check identifiers; KIND: %1")
        .arg(kindList());
}

Task<int> CheckCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const std::optional<CheckOptions> options = parse(arguments, err);
    if (!options) {
        err << QStringLiteral("  ") << synopsis() << Qt::endl;
        co_return UsageError;
    }
    bool allValid = true;
    QJsonArray results;
    for (const QString& value : options->values) {
        const ValidationResult result = options->kind->validate(value);
        allValid = allValid && result.isValid();
        if (options->json)
            results.append(toJson(value, *options->kind, result));
        else
            out << toText(value, result) << '\n';
    }
    if (options->json)
        out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    out.flush();
    co_return allValid ? AllGood : SomeRejected;
}

} // namespace segurdesk::cli
