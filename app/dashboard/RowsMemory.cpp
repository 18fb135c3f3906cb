#include "app/dashboard/RowsMemory.h"

#include "core/services/Worker.h"

#include <QDataStream>
#include <QIODevice>

#include <variant>

namespace segurdesk::dashboard {

namespace {

// The rows' fields written here and read back below: a field added to DossierRow goes in both.
static_assert(std::variant_size_v<DossierRow::Status> == 2, "a status is an enrollment's or an advance's");

// `rows` copied anew, one after the other: written to one flat buffer (a single block, which the
// allocator maps apart from its heap), freed, then read back while the objects' memory is free.
QList<DossierRow> compacted(QList<DossierRow> rows)
{
    QByteArray flat;
    // Rows of several profiles share each one's name: one copy of each, shared again when read.
    QStringList profiles;
    {
        QDataStream out(&flat, QIODevice::WriteOnly);
        for (const DossierRow& row : std::as_const(rows)) {
            qsizetype profile = profiles.indexOf(row.profile);
            if (profile < 0) {
                profile = profiles.size();
                profiles.append(row.profile);
            }
            out << row.id << row.number << row.company << row.siret << quint8(row.status.index())
                << std::visit([](auto status) { return qint32(status); }, row.status) << row.updatedAt
                << row.amount.has_value() << (row.amount ? row.amount->cents() : 0) << qint32(profile) << row.searchKey
                << row.companyKey;
        }
    }
    const qsizetype count = rows.size();
    rows = {};
    QDataStream in(flat);
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        DossierRow row;
        quint8 kind = 0;
        qint32 status = 0;
        bool hasAmount = false;
        qint64 cents = 0;
        qint32 profile = 0;
        in >> row.id >> row.number >> row.company >> row.siret >> kind >> status >> row.updatedAt >> hasAmount >> cents
            >> profile >> row.searchKey >> row.companyKey;
        row.status = kind == 0 ? DossierRow::Status(model::EnrollmentStatus(status))
                               : DossierRow::Status(model::AdvanceStatus(status));
        if (hasAmount)
            row.amount = model::Money::fromCents(cents);
        row.profile = profiles.at(profile);
        rows.append(std::move(row));
    }
    // Written in memory just above: nothing can be missing.
    Q_ASSERT(in.status() == QDataStream::Ok && in.atEnd());
    return rows;
}

} // namespace

void releaseObjectsMemory(QList<DossierRow>& rows, qsizetype objects)
{
    constexpr qsizetype LargeAccount = 10000;
    if (objects < LargeAccount)
        return;
    rows = compacted(std::move(rows));
    services::releaseFreedMemory();
}

} // namespace segurdesk::dashboard
