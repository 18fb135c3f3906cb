#include "core/validation/Phone.h"

#include "core/validation/Results.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace segurdesk::validation {

namespace {

// ITU-T E.164 numbers have at most 15 digits; this leaves room for any reasonable spacing,
// punctuation and extension while keeping the parser's work bounded.
constexpr qsizetype kMaxPhoneInput = 64;

} // namespace

ValidationResult validatePhone(QStringView input)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;

    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return rejected(QLatin1String("phone.empty"),
                        QCoreApplication::translate("Validation", "Enter the telephone number."));
    if (trimmed.size() > kMaxPhoneInput)
        return rejected(QLatin1String("phone.length"),
                        QCoreApplication::translate("Validation", "This telephone number is far too long."));

    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QByteArray utf8 = trimmed.toUtf8();
    PhoneNumber number;
    if (util->Parse(std::string(utf8.constData(), std::size_t(utf8.size())), "FR", &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return rejected(QLatin1String("phone.format"),
                        QCoreApplication::translate("Validation",
                                                    "This is not a telephone number: write it like 06 12 34 56 78 or, "
                                                    "outside France, with + and the country code."));
    if (!util->IsValidNumber(number))
        return rejected(QLatin1String("phone.invalid"),
                        QCoreApplication::translate("Validation",
                                                    "This number does not exist in the numbering plan of its country: "
                                                    "check the digits and the country code."));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return accepted(QString::fromStdString(e164));
}

} // namespace segurdesk::validation
