#include "core/validation/Email.h"

#include "core/validation/InputText.h"
#include "core/validation/Results.h"

#include <QCoreApplication>
#include <QUrl>

namespace segurdesk::validation {

namespace {

constexpr qsizetype kMaxLocalPart = 64;
constexpr qsizetype kMaxDomain = 253;
constexpr qsizetype kMaxLabel = 63;
constexpr qsizetype kMaxAddress = 254;

bool isAtext(QChar c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > kMaxLocalPart || local.startsWith(u'.') || local.endsWith(u'.'))
        return false;
    QChar previous;
    for (const QChar c : local) {
        if (c == u'.' ? previous == u'.' : !isAtext(c))
            return false;
        previous = c;
    }
    return true;
}

bool isValidAceLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabel || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

// `domain` is lower case; checks its ASCII (IDNA) form.
bool isValidDomain(const QString& domain)
{
    if (domain.isEmpty() || domain.size() > kMaxDomain || !domain.contains(u'.') || domain.endsWith(u'.'))
        return false;
    const QString ace = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceTransitionalProcessing));
    if (ace.isEmpty() || ace.size() > kMaxDomain)
        return false;
    const QList<QStringView> labels = QStringView(ace).split(u'.');
    for (const QStringView label : labels) {
        if (!isValidAceLabel(label))
            return false;
    }
    return !isAsciiDigits(labels.constLast());
}

} // namespace

ValidationResult validateEmail(QStringView input)
{
    if (input.size() > kMaxRawInputLength)
        return rejected(QLatin1String("email.length"),
                        QCoreApplication::translate("Validation", "An e-mail address has at most 254 characters."));
    const QStringView address = input.trimmed();
    if (address.isEmpty())
        return rejected(QLatin1String("email.empty"),
                        QCoreApplication::translate("Validation", "Enter the e-mail address."));
    if (address.size() > kMaxAddress)
        return rejected(QLatin1String("email.length"),
                        QCoreApplication::translate("Validation", "An e-mail address has at most 254 characters."));
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return rejected(QLatin1String("email.format"),
                        QCoreApplication::translate("Validation",
                                                    "An e-mail address looks like name@example.fr: the @ is missing."));
    const QStringView local = address.left(at);
    const QString domain = address.mid(at + 1).toString().toLower();
    if (!isValidLocalPart(local))
        return rejected(QLatin1String("email.local_part"),
                        QCoreApplication::translate("Validation",
                                                    "The part before the @ may contain letters, digits, single dots "
                                                    "and the characters !#$%&'*+-/=?^_`{|}~, at most 64 of them."));
    if (!isValidDomain(domain))
        return rejected(QLatin1String("email.domain"),
                        QCoreApplication::translate("Validation",
                                                    "The part after the @ must be a domain name such as example.fr."));
    return accepted(local.toString() + u'@' + domain);
}

ValidationResult validateEmailConfirmation(QStringView email, QStringView confirmation)
{
    ValidationResult confirmed = validateEmail(confirmation);
    if (!confirmed.isValid())
        return confirmed;
    const ValidationResult original = validateEmail(email);
    if (original.normalized != confirmed.normalized)
        return rejected(
            QLatin1String("email.mismatch"),
            QCoreApplication::translate("Validation", "The confirmation does not match the e-mail address."));
    return confirmed;
}

} // namespace segurdesk::validation
