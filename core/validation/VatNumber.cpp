#include "core/validation/VatNumber.h"

#include "core/validation/CountryCodes.h"
#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

constexpr QStringView kKeyAlphabet = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

bool numericKeyMatches(QStringView key, qint64 siren)
{
    return key.toInt() == (12 + 3 * (siren % 97)) % 97;
}

bool alphanumericKeyMatches(QStringView key, qint64 siren)
{
    const qsizetype first = kKeyAlphabet.indexOf(key[0]);
    const qsizetype second = kKeyAlphabet.indexOf(key[1]);
    const qint64 check = key[0].isDigit() ? first * 24 + second - 10 : first * 34 + second - 100;
    return (siren + 1 + check / 11) % 11 == check % 11;
}

QString formatMessage()
{
    return QCoreApplication::translate("Validation",
                                       "A French VAT number is FR, a two-character key, then the nine digits of the "
                                       "SIREN.");
}

} // namespace

ValidationResult validateFrenchVat(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("tva.length"),
                        QCoreApplication::translate("Validation", "A French VAT number has 13 characters."));
    QString number = compactIdentifier(input);
    if (number.isEmpty())
        return rejected(QLatin1String("tva.empty"), QCoreApplication::translate("Validation", "Enter the VAT number."));
    for (const QChar c : std::as_const(number)) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return rejected(QLatin1String("tva.characters"), formatMessage());
    }
    const bool startsWithCountry = number.size() >= 2 && number[0].isLetter() && number[1].isLetter()
        && isCountryCode(QStringView(number).left(2));
    if (startsWithCountry && !number.startsWith(QLatin1String("FR")))
        return rejected(QLatin1String("tva.country"),
                        QCoreApplication::translate("Validation", "A French VAT number starts with FR."));
    // The key and SIREN alone, as the DGFiP prints them next to "FR".
    if (number.size() == 11 && !number.startsWith(QLatin1String("FR")))
        number.prepend(QLatin1String("FR"));
    if (number.size() != 13)
        return rejected(QLatin1String("tva.length"),
                        QCoreApplication::translate("Validation",
                                                    "A French VAT number has 13 characters (FR, a two-character key "
                                                    "and the nine digits of the SIREN); this one has %1.")
                            .arg(number.size()));
    const QStringView key = QStringView(number).mid(2, 2);
    const QStringView sirenDigits = QStringView(number).mid(4);
    if (!number.startsWith(QLatin1String("FR")) || !kKeyAlphabet.contains(key[0]) || !kKeyAlphabet.contains(key[1])
        || !isAsciiDigits(sirenDigits))
        return rejected(QLatin1String("tva.characters"), formatMessage());
    if (!sirenDigits.startsWith(u"000") && !passesLuhn(sirenDigits))
        return rejected(QLatin1String("siren.checksum"),
                        QCoreApplication::translate(
                            "Validation", "The SIREN in the VAT number is not valid: check its nine digits."));
    const qint64 siren = sirenDigits.toLongLong();
    const bool keyMatches = isAsciiDigits(key) ? numericKeyMatches(key, siren) : alphanumericKeyMatches(key, siren);
    if (!keyMatches)
        return rejected(QLatin1String("tva.checksum"),
                        QCoreApplication::translate("Validation",
                                                    "The VAT key (the two characters after FR) does not match the "
                                                    "SIREN."));
    return accepted(number);
}

} // namespace segurdesk::validation
