#include "cli/ValidateCommand.h"

#include "cli/FieldErrorText.h"
#include "core/model/DossierFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace segurdesk::cli {

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "validate DOSSIER.json... [--json]   check dossier files and their documents");
}

Task<int> ValidateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList paths;
    bool json = false;
    bool optionsEnded = false;
    for (const QString& argument : arguments) {
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && argument == QLatin1String("--json")) {
            json = true;
        } else if (!optionsEnded && argument.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(argument) << '\n'
                << "  " << synopsis() << Qt::endl;
            co_return UsageError;
        } else {
            paths << argument;
        }
    }
    if (paths.isEmpty()) {
        err << QCoreApplication::translate("cli", "Give at least one dossier file.") << '\n'
            << "  " << synopsis() << Qt::endl;
        co_return UsageError;
    }

    bool allValid = true;
    int validCount = 0;
    int invalidCount = 0;
    QJsonArray results;
    for (const QString& path : paths) {
        const model::FieldErrors errors = model::DossierFile::validate(path);
        const int blocking = blockingCount(errors);
        allValid = allValid && blocking == 0;
        if (json) {
            results.append(QJsonObject {{QStringLiteral("file"), path},
                                        {QStringLiteral("valid"), blocking == 0},
                                        {QStringLiteral("errors"), fieldErrorsToJson(errors)}});
            continue;
        }
        printFieldErrors(out, path, errors);
        ++(blocking == 0 ? validCount : invalidCount);
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    else
        out << QCoreApplication::translate("cli", "%1 dossier(s) checked: %2 valid, %3 with errors.")
                   .arg(paths.size())
                   .arg(validCount)
                   .arg(invalidCount)
            << '\n';
    out.flush();
    co_return allValid ? AllGood : SomeRejected;
}

} // namespace segurdesk::cli
