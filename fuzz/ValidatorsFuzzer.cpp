// Fuzzes every field validator with arbitrary bytes read as UTF-8. The first byte picks the
// validator (a letter, so that seeds stay readable); the rest is the user's input. Beyond
// memory and UB errors, it checks the ValidationResult contract and that a normalized form
// validates again to itself.
#include "core/validation/Bic.h"
#include "core/validation/Email.h"
#include "core/validation/Iban.h"
#include "core/validation/InputText.h"
#include "core/validation/MailboxCount.h"
#include "core/validation/PersonName.h"
#include "core/validation/Phone.h"
#include "core/validation/Siret.h"
#include "core/validation/VatNumber.h"
#include "fuzz/FuzzSupport.h"

#include <QString>

#include <array>

namespace {

using namespace segurdesk;
using namespace segurdesk::validation;
using fuzz::require;

using Validator = ValidationResult (*)(QStringView);

struct Entry
{
    char selector;
    Validator validate;
};

constexpr std::array kValidators {
    Entry {'i', validateIban},  Entry {'b', validateBic},        Entry {'s', validateSiret},
    Entry {'S', validateSiren}, Entry {'v', validateFrenchVat},  Entry {'e', validateEmail},
    Entry {'p', validatePhone}, Entry {'n', validatePersonName}, Entry {'m', validateMailboxCount},
};

void checkContract(const ValidationResult& result)
{
    switch (result.severity) {
    case Severity::Ok:
        require(result.message.isEmpty(), "an accepted value carries no message");
        break;
    case Severity::Warning:
    case Severity::Error:
        require(!result.code.isEmpty(), "a warning or an error has a code");
        require(!result.message.isEmpty(), "a warning or an error has a message");
        break;
    }
}

void checkValidator(Validator validate, QStringView input)
{
    const ValidationResult result = validate(input);
    checkContract(result);
    if (!result.isValid() || result.normalized.isEmpty())
        return;
    const ValidationResult again = validate(result.normalized);
    checkContract(again);
    require(again.isValid(), "a normalized form is valid");
    require(again.normalized == result.normalized, "normalizing is idempotent");
}

// The first and last four characters of an IBAN may show in logs, nothing else.
void checkIbanMasking(QStringView input)
{
    const QString masked = maskIban(input);
    qsizetype shown = 0;
    for (const QChar c : masked)
        shown += (c != QLatin1Char('*') && c != QLatin1Char(' ')) ? 1 : 0;
    require(shown <= 8, "maskIban shows at most eight characters");
    ibanPaperFormat(input);
}

void checkMailboxParsing(QStringView input)
{
    const ValidationResult result = validateMailboxCount(input);
    const std::optional<qint64> count = parseMailboxCount(input);
    require(count.has_value() == result.isValid(), "parseMailboxCount agrees with validateMailboxCount");
    if (count)
        require(*count >= 0 && *count <= kMaxMailboxCount, "a mailbox count is within bounds");
}

// Two values separated by the first newline, for the checks that compare two fields.
void checkPairs(QStringView input)
{
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    const QStringView first = newline < 0 ? input : input.left(newline);
    const QStringView second = newline < 0 ? QStringView() : input.mid(newline + 1);
    checkContract(checkIbanBicCoherence(first, second));
    checkContract(validateEmailConfirmation(first, second));
    if (validateEmail(first).isValid())
        require(validateEmailConfirmation(first, first).severity == Severity::Ok, "an address confirms itself");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char selector = static_cast<char>(data[0]);
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    if (selector == 'I') {
        checkIbanMasking(input);
        return 0;
    }
    if (selector == 'P') {
        checkPairs(input);
        return 0;
    }
    if (selector == 'M') {
        checkMailboxParsing(input);
        return 0;
    }
    if (selector == 'w') {
        foldWhitespace(input);
        compactIdentifier(input);
        return 0;
    }
    for (const Entry& entry : kValidators) {
        if (entry.selector == selector) {
            checkValidator(entry.validate, input);
            return 0;
        }
    }
    // Any other first byte still reaches a validator, so that mutations are never wasted.
    checkValidator(kValidators.at(data[0] % kValidators.size()).validate, input);
    return 0;
}
