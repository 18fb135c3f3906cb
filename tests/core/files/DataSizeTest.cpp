// Sizes and limits in the portal's unit: a file over a limit never reads as the limit.
#include "core/files/DataSize.h"

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QTranslator>

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

constexpr qint64 Kilo = 1024;
constexpr qint64 Mega = Kilo * Kilo;

class DataSizeTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

TEST_F(DataSizeTest, FilesRoundUpAndLimitsDownToTwoDecimals)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    EXPECT_EQ(DataSize::ofLimit(4 * Mega), QStringLiteral("4 MB"));
    EXPECT_EQ(DataSize::ofFile(4 * Mega), QStringLiteral("4 MB"));
    EXPECT_EQ(DataSize::ofFile(4 * Mega + 1), QStringLiteral("4.01 MB"));
    EXPECT_EQ(DataSize::ofLimit(5 * Mega - 1), QStringLiteral("4.99 MB"));
    EXPECT_EQ(DataSize::ofFile(Mega + Mega / 2), QStringLiteral("1.5 MB"));
    EXPECT_EQ(DataSize::ofFile(1025), QStringLiteral("2 KB"));
    EXPECT_EQ(DataSize::ofLimit(1025), QStringLiteral("1 KB"));
    EXPECT_EQ(DataSize::ofFile(Mega - 1), QStringLiteral("1 MB"));
    EXPECT_EQ(DataSize::ofLimit(Mega - 1), QStringLiteral("1,023 KB"));
    EXPECT_EQ(DataSize::ofFile(1023), QStringLiteral("1,023 bytes"));
    EXPECT_EQ(DataSize::ofFile(1), QStringLiteral("1 byte"));
}

TEST_F(DataSizeTest, FrenchSaysMoWithADecimalComma)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
    const QString space = QLocale(QLocale::French).groupSeparator();
    EXPECT_EQ(DataSize::ofFile(4 * Mega + 1), QStringLiteral("4,01 Mo"));
    EXPECT_EQ(DataSize::ofLimit(4 * Mega), QStringLiteral("4 Mo"));
    EXPECT_EQ(DataSize::ofLimit(2048 * Mega), QStringLiteral("2") + space + QStringLiteral("048 Mo"));
    EXPECT_EQ(DataSize::ofFile(512 * Kilo), QStringLiteral("512 Ko"));
    EXPECT_EQ(DataSize::ofFile(1), QStringLiteral("1 octet"));
    EXPECT_EQ(DataSize::ofFile(900), QStringLiteral("900 octets"));
}

TEST_F(DataSizeTest, AFileOverALimitNeverReadsAsTheLimit)
{
    QRandomGenerator random(20261205);
    for (int i = 0; i < 100000; ++i) {
        const auto limit = qint64(random.bounded(quint64(64 * Mega)));
        const auto over = limit + 1 + qint64(random.bounded(quint64(3)));
        ASSERT_NE(DataSize::ofFile(over), DataSize::ofLimit(limit)) << limit << " " << over;
    }
}

} // namespace
} // namespace segurdesk::files
