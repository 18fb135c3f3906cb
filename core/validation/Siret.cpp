#include "core/validation/Siret.h"

#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

constexpr QStringView kLaPosteSiren = u"356000000";
constexpr QStringView kLaPosteHeadOffice = u"35600000000048";

int digitSum(QStringView digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

QString sirenChecksumMessage()
{
    return QCoreApplication::translate("Validation", "The SIREN check digit is wrong: check the first nine digits.");
}

} // namespace

ValidationResult validateSiren(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("siren.length"),
                        QCoreApplication::translate("Validation", "A SIREN has 9 digits."));
    const QString siren = compactIdentifier(input);
    if (siren.isEmpty())
        return rejected(QLatin1String("siren.empty"), QCoreApplication::translate("Validation", "Enter the SIREN."));
    if (!isAsciiDigits(siren))
        return rejected(QLatin1String("siren.characters"),
                        QCoreApplication::translate("Validation", "A SIREN contains only digits."));
    if (siren.size() != 9)
        return rejected(
            QLatin1String("siren.length"),
            QCoreApplication::translate("Validation", "A SIREN has 9 digits; this one has %1.").arg(siren.size()));
    if (!passesLuhn(siren))
        return rejected(QLatin1String("siren.checksum"), sirenChecksumMessage());
    return accepted(siren);
}

ValidationResult validateSiret(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("siret.length"),
                        QCoreApplication::translate("Validation", "A SIRET has 14 digits."));
    const QString siret = compactIdentifier(input);
    if (siret.isEmpty())
        return rejected(QLatin1String("siret.empty"), QCoreApplication::translate("Validation", "Enter the SIRET."));
    if (!isAsciiDigits(siret))
        return rejected(QLatin1String("siret.characters"),
                        QCoreApplication::translate("Validation", "A SIRET contains only digits."));
    if (siret.size() != 14)
        return rejected(
            QLatin1String("siret.length"),
            QCoreApplication::translate("Validation", "A SIRET has 14 digits; this one has %1.").arg(siret.size()));
    const bool laPoste = siret.startsWith(kLaPosteSiren) && QStringView(siret) != kLaPosteHeadOffice;
    if (laPoste ? digitSum(siret) % 5 != 0 : !passesLuhn(siret))
        return rejected(
            QLatin1String("siret.checksum"),
            QCoreApplication::translate("Validation", "The SIRET check digit is wrong: check the fourteen digits."));
    if (!passesLuhn(QStringView(siret).left(9)))
        return rejected(QLatin1String("siren.checksum"), sirenChecksumMessage());
    return accepted(siret);
}

} // namespace segurdesk::validation
