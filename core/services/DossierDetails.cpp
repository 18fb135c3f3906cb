#include "core/services/DossierDetails.h"

#include "core/portal/Parsed.h"

#include <QCoreApplication>

namespace segurdesk::services {

namespace {

using storage::CachedObject;

// Only why the details cannot be shown.
DossierDetails failure(const QString& problem)
{
    DossierDetails details;
    details.problem = problem;
    return details;
}

QString unreadable()
{
    return QCoreApplication::translate("segurdesk::services::DossierDetails",
                                       "This dossier, as kept on this computer, cannot be read: refresh the list.");
}

// The typed object of `kind` and `id` in `cache`, or the problem that prevents it.
template<class T>
std::optional<T> readOne(const storage::DossierCache& cache, CachedObject::Kind kind, const QString& id,
                         QString& problem)
{
    CachedObject object;
    if (const storage::StorageError error = cache.get(kind, id, object)) {
        problem = error.message();
        return std::nullopt;
    }
    portal::Parsed<T> parsed = portal::parseObject<T>(object.json);
    if (!parsed)
        problem = unreadable();
    return std::move(parsed.value);
}

// Objects of `kind` whose parent is `parentId` that `keep` accepts; unreadable ones are left out.
template<class T, class Keep>
QList<T> readChildren(const storage::DossierCache& cache, CachedObject::Kind kind, const QString& parentId, Keep keep,
                      QString& problem)
{
    storage::StorageError error;
    QList<T> children;
    for (const CachedObject& object : cache.list(kind, parentId, &error)) {
        if (portal::Parsed<T> parsed = portal::parseObject<T>(object.json); parsed && keep(*parsed.value))
            children.append(std::move(*parsed.value));
    }
    if (error)
        problem = error.message();
    return children;
}

} // namespace

DossierDetails readDossierDetails(const storage::DossierCache::Location& at, CachedObject::Kind kind, const QString& id)
{
    storage::DossierCache cache(at);
    if (const storage::StorageError error = cache.open())
        return failure(error.message());
    DossierDetails details;
    QString enrollmentId = id;
    if (kind == CachedObject::Kind::AdvanceRequest) {
        details.advance = readOne<portal::AdvanceRequestRecord>(cache, kind, id, details.problem);
        if (!details.advance)
            return failure(details.problem);
        enrollmentId = details.advance->enrollmentId;
        details.payments = readChildren<portal::PaymentRecord>(
            cache, CachedObject::Kind::Payment, id, [](const auto&) { return true; }, details.problem);
    }
    details.enrollment
        = readOne<portal::EnrollmentDetail>(cache, CachedObject::Kind::Enrollment, enrollmentId, details.problem);
    if (!details.enrollment)
        return failure(details.problem);
    const QString advanceId = details.advance ? id : QString();
    details.mails = readChildren<portal::MailSummary>(
        cache, CachedObject::Kind::Mail, enrollmentId,
        [&advanceId](const portal::MailSummary& mail) { return mail.advanceRequestId == advanceId; }, details.problem);
    if (!details.problem.isEmpty())
        return failure(details.problem);
    return details;
}

} // namespace segurdesk::services
