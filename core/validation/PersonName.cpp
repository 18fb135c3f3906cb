#include "core/validation/PersonName.h"

#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>

namespace segurdesk::validation {

namespace {

constexpr qsizetype kMaxName = 100;

bool isNameSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'\'' || c == u'\u2019';
}

} // namespace

ValidationResult validatePersonName(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("name.length"),
                        QCoreApplication::translate("Validation", "A name has at most 100 characters."));
    const QString name = foldWhitespace(input).normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return rejected(QLatin1String("name.empty"), QCoreApplication::translate("Validation", "Enter the name."));
    if (name.size() > kMaxName)
        return rejected(QLatin1String("name.length"),
                        QCoreApplication::translate("Validation", "A name has at most 100 characters."));
    bool previousWasSeparator = true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c.isLetter() || (c.isMark() && !previousWasSeparator)) {
            previousWasSeparator = false;
        } else if (c.isSurrogate() && i + 1 < name.size() && QChar::isLetter(QChar::surrogateToUcs4(c, name[i + 1]))) {
            ++i;
            previousWasSeparator = false;
        } else if (isNameSeparator(c)) {
            if (previousWasSeparator)
                return rejected(QLatin1String("name.format"),
                                QCoreApplication::translate("Validation",
                                                            "A name starts with a letter and has a single space, "
                                                            "hyphen or apostrophe between its parts."));
            previousWasSeparator = true;
        } else {
            return rejected(QLatin1String("name.characters"),
                            QCoreApplication::translate("Validation",
                                                        "A name contains only letters, spaces, hyphens and "
                                                        "apostrophes."));
        }
    }
    if (previousWasSeparator)
        return rejected(QLatin1String("name.format"),
                        QCoreApplication::translate("Validation",
                                                    "A name starts with a letter and has a single space, hyphen or "
                                                    "apostrophe between its parts."));
    return accepted(name);
}

} // namespace segurdesk::validation
