#include "core/portal/BankLookupRequest.h"

namespace segurdesk::portal {

BankLookupRequest::BankLookupRequest(PortalClient& client, const QString& bicOrIban, QObject* parent)
    : JsonReplyRequest(client, QByteArrayLiteral("GET"), QStringLiteral("/banks/{code}"),
                       QStringLiteral("/banks/") + encodeSegment(bicOrIban), parent)
{
    setAuthenticated(false);
    setPollable(true);
    // A BIC has 8 or 11 characters, an IBAN at least 15.
    const bool iban = QString(bicOrIban).remove(QLatin1Char(' ')).size() > 11;
    setFieldAliases({{QStringLiteral("code"), iban ? QStringLiteral("bank.iban") : QStringLiteral("bank.bic")}});
}

} // namespace segurdesk::portal
