#include "core/validation/Bic.h"

#include "core/validation/CountryCodes.h"
#include "core/validation/Iban.h"
#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

} // namespace

ValidationResult validateBic(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("bic.length"),
                        QCoreApplication::translate("Validation", "A BIC has 8 or 11 characters."));
    QString bic;
    bic.reserve(11);
    for (const QChar c : input) {
        if (c.isSpace())
            continue;
        const QChar upper = c.unicode() < 128 ? c.toUpper() : c;
        if (!isAsciiAlnum(upper))
            return rejected(QLatin1String("bic.characters"),
                            QCoreApplication::translate("Validation", "A BIC contains only letters and digits."));
        bic.append(upper);
    }
    if (bic.isEmpty())
        return rejected(QLatin1String("bic.empty"), QCoreApplication::translate("Validation", "Enter the BIC."));
    if (bic.size() != 8 && bic.size() != 11)
        return rejected(QLatin1String("bic.length"),
                        QCoreApplication::translate("Validation", "A BIC has 8 or 11 characters; this one has %1.")
                            .arg(bic.size()));
    if (!isAsciiUpper(bic[4]) || !isAsciiUpper(bic[5]))
        return rejected(
            QLatin1String("bic.format"),
            QCoreApplication::translate("Validation", "Characters 5 and 6 of a BIC are the country code, in letters."));
    if (!isCountryCode(QStringView(bic).mid(4, 2)))
        return rejected(QLatin1String("bic.country"),
                        QCoreApplication::translate("Validation", "\"%1\" in the BIC is not a country code.")
                            .arg(QStringView(bic).mid(4, 2)));
    return accepted(bic);
}

ValidationResult checkIbanBicCoherence(QStringView iban, QStringView bic)
{
    const ValidationResult ibanResult = validateIban(iban);
    const ValidationResult bicResult = validateBic(bic);
    if (!ibanResult.isValid() || !bicResult.isValid())
        return accepted(QString());
    const QStringView ibanCountry = QStringView(ibanResult.normalized).left(2);
    const QStringView bicCountry = QStringView(bicResult.normalized).mid(4, 2);
    if (ibanCountry == bicCountry || (isFrenchBankingArea(ibanCountry) && isFrenchBankingArea(bicCountry)))
        return accepted(QString());
    return ValidationResult {
        Severity::Warning, QStringLiteral("bic.country_mismatch"), QString(),
        QCoreApplication::translate("Validation",
                                    "The BIC is from country %1 but the IBAN from %2: check that they belong to the "
                                    "same account.")
            .arg(bicCountry, ibanCountry)};
}

} // namespace segurdesk::validation
