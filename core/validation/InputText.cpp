#include "core/validation/InputText.h"

namespace segurdesk::validation {

bool isGroupingSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'\u2010' || c == u'\u2011' || c == u'\u2013';
}

QString compactIdentifier(QStringView input)
{
    QString compact;
    compact.reserve(input.size());
    for (const QChar c : input) {
        if (isGroupingSeparator(c))
            continue;
        compact.append(c.unicode() < 128 ? c.toUpper() : c);
    }
    return compact;
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].unicode() - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

QString foldWhitespace(QStringView input)
{
    QString folded;
    folded.reserve(input.size());
    bool pendingSpace = false;
    for (const QChar c : input) {
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace)
            folded.append(u' ');
        pendingSpace = false;
        folded.append(c);
    }
    return folded;
}

QString foldCaseAndAccents(QStringView input)
{
    // Decomposed, a letter's accents are marks of their own that can be dropped.
    QString folded = input.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return folded;
}

} // namespace segurdesk::validation
