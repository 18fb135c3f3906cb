#include "cli/AdvanceCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "core/portal/AdvanceRequestSubmission.h"
#include "core/portal/ConfigRequest.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

namespace segurdesk::cli {

namespace {

// "A,O,P": applicative, organizational and personal mailboxes, each 0 to 10 000 000.
std::optional<model::MailboxCounts> parseCounts(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return std::nullopt;
    qint64 values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toLongLong(&ok);
        if (!ok || values[i] < 0 || values[i] > 10'000'000)
            return std::nullopt;
    }
    return model::MailboxCounts {values[0], values[1], values[2]};
}

std::optional<model::VatRate> parseVat(QString text)
{
    text = text.trimmed().remove(QLatin1Char('%')).trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    return model::VatRate::fromId(text);
}

} // namespace

QString AdvanceCommand::name() const
{
    return QStringLiteral("advance");
}

QString AdvanceCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "advance --login ID ENROLLMENT_ID --current A,O,P --estimated A,O,P   request "
                                       "the advance\n  advance --forecast --estimated A,O,P [--vat RATE]   forecast "
                                       "the funding from the portal's rule");
}

Task<int> AdvanceCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool isForecast = options.takeFlag(QStringLiteral("--forecast"));
    const std::optional<QString> current = options.takeValue(QStringLiteral("--current"));
    const std::optional<QString> estimated = options.takeValue(QStringLiteral("--estimated"));
    const std::optional<QString> vat = options.takeValue(QStringLiteral("--vat"));
    const auto usage = [&](const QString& why) {
        err << why << '\n' << "  " << synopsis() << Qt::endl;
        return UsageError;
    };
    if (options.missingValue() || !estimated)
        co_return usage(QCoreApplication::translate("cli", "--estimated A,O,P is required (three mailbox counts)."));
    if (isForecast) {
        if (current)
            co_return usage(QCoreApplication::translate("cli", "A forecast takes only --estimated and --vat."));
        co_return co_await forecast(options.rest(), *estimated, vat.value_or(QString()), out, err);
    }
    if (!current || vat)
        co_return usage(QCoreApplication::translate(
            "cli", "An advance request takes --current and --estimated; the portal applies the enrollment's VAT."));
    const std::optional<model::MailboxCounts> currentCounts = parseCounts(*current);
    const std::optional<model::MailboxCounts> estimatedCounts = parseCounts(*estimated);
    if (!currentCounts || !estimatedCounts)
        co_return usage(QCoreApplication::translate(
            "cli", "Mailbox counts are three whole numbers from 0 to 10000000 separated by commas: A,O,P."));

    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session = co_await AccountSession::take(options, err, exitCode);
    if (!session)
        co_return exitCode;
    if (!options.unknownOption().isEmpty())
        co_return usage(QCoreApplication::translate("cli", "Unknown option \"%1\".").arg(options.unknownOption()));
    if (options.rest().size() != 1)
        co_return usage(QCoreApplication::translate("cli", "Give exactly one enrollment id (see status)."));
    exitCode = co_await session->logIn(AccountSession::Purpose::Dossiers, err);
    if (exitCode != AllGood)
        co_return exitCode;

    const model::AdvanceRequest counts {options.rest().first(), *currentCounts, *estimatedCounts};
    portal::AdvanceRequestSubmission request(session->client(), counts.enrollmentId, counts,
                                             QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!co_await PortalSession::send(request)) {
        AccountSession::printError(err, request.error());
        co_return SomeRejected;
    }
    const portal::AdvanceRequestRecord& advance = request.value();
    out << QCoreApplication::translate("cli", "Advance request %1 for enrollment %2: %3.")
               .arg(advance.number, advance.enrollmentNumber, model::statusLabel(advance.status))
        << '\n'
        << QCoreApplication::translate("cli", "Amount excl. VAT: %1").arg(advance.amountExcludingVat.format()) << '\n'
        << QCoreApplication::translate("cli", "Amount incl. VAT (%1): %2")
               .arg(advance.vatRate.label(), advance.amountIncludingVat.format())
        << '\n';
    for (const portal::DocumentRef& document : advance.documents)
        out << QCoreApplication::translate("cli",
                                           "Decision document: %1 (%2), download it with: segurdesk-cli "
                                           "document --login %3 %1 -o FILE")
                   .arg(document.id, document.fileName, session->login())
            << '\n';
    for (const portal::MailSummary& mail : advance.mails)
        out << QCoreApplication::translate("cli", "Mail sent: %1").arg(mail.subject) << '\n';
    out.flush();
    co_return AllGood;
}

Task<int> AdvanceCommand::forecast(QStringList arguments, const QString& estimated, const QString& vat,
                                   QTextStream& out, QTextStream& err)
{
    const std::optional<model::MailboxCounts> counts = parseCounts(estimated);
    const std::optional<model::VatRate> rate = vat.isEmpty() ? std::nullopt : parseVat(vat);
    if (!counts || (!vat.isEmpty() && !rate)) {
        err << QCoreApplication::translate("cli",
                                           "Mailbox counts are three whole numbers from 0 to 10000000 separated by "
                                           "commas: A,O,P; the VAT rate is 20, 10, 8.5, 5.5, 2.1 or exempt.")
            << Qt::endl;
        co_return UsageError;
    }
    int exitCode = AllGood;
    const std::unique_ptr<PortalSession> session = co_await PortalSession::open(arguments, err, exitCode);
    if (!session)
        co_return exitCode;
    if (!arguments.isEmpty()) {
        err << QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(arguments.first()) << '\n'
            << "  " << synopsis() << Qt::endl;
        co_return UsageError;
    }
    portal::ConfigRequest config(session->client());
    if (!co_await PortalSession::send(config)) {
        AccountSession::printError(err, config.error());
        co_return SomeRejected;
    }
    if (rate) {
        QStringList accepted;
        bool announced = false;
        for (const portal::PortalConfig::VatRateOption& option : config.value().vatRates) {
            accepted << option.label;
            announced = announced || option.rate == *rate;
        }
        if (!announced) {
            err << QCoreApplication::translate("cli", "The portal accepts these VAT rates: %1.")
                       .arg(accepted.join(QLatin1String(", ")))
                << Qt::endl;
            co_return UsageError;
        }
    }
    const model::FundingRule& rule = config.value().fundingRule;
    const model::Money amount = rule.amountExcludingVat(*counts);
    out << QCoreApplication::translate("cli",
                                       "Forecast for %1 applicative, %2 organizational and %3 personal "
                                       "mailboxes:")
               .arg(counts->applicative)
               .arg(counts->organizational)
               .arg(counts->personal)
        << '\n'
        << QCoreApplication::translate("cli", "Amount excl. VAT: %1").arg(amount.format()) << '\n';
    if (rate)
        out << QCoreApplication::translate("cli", "Amount incl. VAT (%1): %2")
                   .arg(rate->label(), rule.amountIncludingVat(*counts, *rate).format())
            << '\n';
    out << QCoreApplication::translate("cli", "Of which the advance (fixed part): %1; cap: %2")
               .arg(rule.fixedPart().format(), rule.cap().format())
        << '\n'
        << QCoreApplication::translate("cli", "A forecast computed here; the portal decides the amounts.") << Qt::endl;
    co_return AllGood;
}

} // namespace segurdesk::cli
