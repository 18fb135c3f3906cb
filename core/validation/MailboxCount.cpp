#include "core/validation/MailboxCount.h"

#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

QString tooLargeMessage()
{
    return QCoreApplication::translate("Validation", "A number of mailboxes is at most %1.").arg(kMaxMailboxCount);
}

} // namespace

ValidationResult validateMailboxCount(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("mailbox.too_large"), tooLargeMessage());
    QString digits;
    for (const QChar c : input) {
        if (!c.isSpace())
            digits.append(c);
    }
    if (digits.isEmpty())
        return rejected(QLatin1String("mailbox.empty"),
                        QCoreApplication::translate("Validation", "Enter the number of mailboxes (0 if none)."));
    if (digits.startsWith(u'-') || digits.startsWith(u'\u2212')) {
        if (isAsciiDigits(QStringView(digits).mid(1)))
            return rejected(QLatin1String("mailbox.negative"),
                            QCoreApplication::translate("Validation", "A number of mailboxes cannot be negative."));
    }
    if (!isAsciiDigits(digits))
        return rejected(
            QLatin1String("mailbox.characters"),
            QCoreApplication::translate("Validation", "Enter a whole number of mailboxes, in digits only."));
    qsizetype zeros = 0;
    while (zeros + 1 < digits.size() && digits[zeros] == u'0')
        ++zeros;
    const QStringView significant = QStringView(digits).mid(zeros);
    if (significant.size() > 8 || significant.toLongLong() > kMaxMailboxCount)
        return rejected(QLatin1String("mailbox.too_large"), tooLargeMessage());
    return accepted(significant.toString());
}

std::optional<qint64> parseMailboxCount(QStringView input)
{
    const ValidationResult result = validateMailboxCount(input);
    if (!result.isValid())
        return std::nullopt;
    return result.normalized.toLongLong();
}

} // namespace segurdesk::validation
