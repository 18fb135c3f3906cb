// The hand-written RFC 3339 formatter agrees with QDateTime on every kind of instant.
#include "sandbox/api/JsonTime.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace segurdesk::sandbox {
namespace {

TEST(JsonTime, AgreesWithQDateTime)
{
    const qint64 instants[] = {0,
                               999,
                               1000,
                               -1,
                               -86400001,
                               951782400000 /* 2000-02-29 */,
                               1688169599999,
                               4102444799000 /* 2099-12-31 */,
                               1700000000123};
    for (const qint64 ms : instants) {
        const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
        EXPECT_EQ(jsonTime(ms).toString(), expected) << ms;
    }
    EXPECT_TRUE(jsonTime(QVariant()).isNull());
    EXPECT_EQ(jsonTime(QVariant(qint64(0))).toString(), QStringLiteral("1970-01-01T00:00:00Z"));
}

} // namespace
} // namespace segurdesk::sandbox
