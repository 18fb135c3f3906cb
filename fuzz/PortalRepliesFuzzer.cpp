// Fuzzes the portal client's reply parsing: JSON bodies to typed replies, problem+json errors
// and the Retry-After header. The first byte picks the parser ('P' problem+json, 'R' Retry-After,
// any other byte the reply type at its value modulo the size of kParsers), the rest is the body.
// Beyond memory and UB errors, it checks that a parse error never quotes a value of the reply,
// which may be personal data (an IBAN, an e-mail address).
#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/BankInfo.h"
#include "core/portal/CaptchaChallenge.h"
#include "core/portal/CompanyInfo.h"
#include "core/portal/DocumentRef.h"
#include "core/portal/EnrollmentDetail.h"
#include "core/portal/EnrollmentReceipt.h"
#include "core/portal/EnrollmentSummary.h"
#include "core/portal/MailMessage.h"
#include "core/portal/MailSummary.h"
#include "core/portal/Page.h"
#include "core/portal/Parsed.h"
#include "core/portal/PaymentRecord.h"
#include "core/portal/PortalConfig.h"
#include "core/portal/ProblemDetails.h"
#include "core/portal/ReferencingInfo.h"
#include "core/portal/RetryAfter.h"
#include "core/portal/Session.h"
#include "fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

using namespace segurdesk::portal;
using segurdesk::fuzz::require;

// The outcome of one parse, whatever the reply type.
struct Outcome
{
    bool ok = false;
    QString error;
};

template<class T> Outcome parseAs(const QByteArray& body)
{
    const Parsed<T> parsed = parseReply<T>(body);
    return {parsed.value.has_value(), parsed.error};
}

using Parser = Outcome (*)(const QByteArray&);

constexpr std::array kParsers {
    &parseAs<Session>,
    &parseAs<PortalConfig>,
    &parseAs<CaptchaChallenge>,
    &parseAs<ReferencingInfo>,
    &parseAs<CompanyInfo>,
    &parseAs<BankInfo>,
    &parseAs<EnrollmentReceipt>,
    &parseAs<EnrollmentDetail>,
    &parseAs<Page<EnrollmentSummary>>,
    &parseAs<AdvanceRequestRecord>,
    &parseAs<Page<AdvanceRequestRecord>>,
    &parseAs<PaymentRecord>,
    &parseAs<Page<MailSummary>>,
    &parseAs<MailMessage>,
    &parseAs<DocumentRef>,
};

// Every string value and every key of a JSON value, recursively.
void collect(const QJsonValue& value, QStringList* values, QStringList* keys)
{
    if (value.isString()) {
        values->append(value.toString());
    } else if (value.isArray()) {
        for (const auto& item : value.toArray())
            collect(item, values, keys);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->append(it.key());
            collect(it.value(), values, keys);
        }
    }
}

// A value long enough to be personal, that no key, path or fixed wording could contain by chance.
void checkErrorQuotesNoValue(const QByteArray& body, const QString& error)
{
    QStringList values;
    QStringList keys;
    collect(QJsonDocument::fromJson(body).object(), &values, &keys);
    for (const QString& value : values) {
        if (value.size() < 12 || !value.contains(QRegularExpression(QStringLiteral("[0-9@]"))))
            continue;
        const bool inAKey
            = std::any_of(keys.cbegin(), keys.cend(), [&](const QString& key) { return key.contains(value); });
        if (!inAKey)
            require(!error.contains(value), "a parse error quotes no value of the reply");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = segurdesk::fuzz::bytes(data + 1, size - 1);
    if (data[0] == 'P') {
        ProblemDetails::parse(body);
        return 0;
    }
    if (data[0] == 'R') {
        const QDateTime now(QDate(2024, 3, 14), QTime(9, 26, 53), Qt::UTC);
        if (const auto wait = parseRetryAfter(body, now))
            require(wait->count() >= 0, "Retry-After never asks for a negative wait");
        return 0;
    }
    const Outcome outcome = kParsers.at(data[0] % kParsers.size())(body);
    require(outcome.ok == outcome.error.isEmpty(), "a parse fails if and only if it has an error");
    if (!outcome.ok)
        checkErrorQuotesNoValue(body, outcome.error);
    return 0;
}
