// The French messages a user reads when a file is refused: exact wording for the size limit,
// and every refusal says what to do.
#include "core/files/FileInspector.h"
#include "core/i18n/Translations.h"
#include "tests/core/files/FileFixtures.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using testing::FileFixtures;

class FrenchMessages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
        ASSERT_TRUE(m_directory.isValid());
    }
    void TearDown() override
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};
};

TEST_F(FrenchMessages, OneByteOverTheLimitSaysTheSizeAndWhatToDo)
{
    const QString path = m_files.write(
        QStringLiteral("scan.pdf"), FileFixtures::padded(FileFixtures::pdf(1), InspectionLimits::DefaultMaxBytes + 1));
    const FileInspection inspection = FileInspector().inspect(path);
    const QString space = QLocale(QLocale::French).groupSeparator();
    const QString size = QStringLiteral("4") + space + QStringLiteral("194") + space + QStringLiteral("305");
    EXPECT_EQ(inspection.message.toStdString(),
              (QStringLiteral("Le fichier pèse 4,01 Mo (") + size
               + QStringLiteral(" octets), au-delà de la limite de 4 Mo. Réduisez-le ou numérisez-le en plus basse "
                                "résolution."))
                  .toStdString());
}

TEST_F(FrenchMessages, ARenamedFileIsNamedByItsContent)
{
    const QString path = m_files.write(QStringLiteral("photo.png"), FileFixtures::gif());
    const FileInspection inspection = FileInspector().inspect(path);
    EXPECT_TRUE(inspection.message.contains(QStringLiteral("image GIF"))) << inspection.message.toStdString();
    EXPECT_TRUE(inspection.message.contains(QStringLiteral(".png"))) << inspection.message.toStdString();
}

TEST_F(FrenchMessages, EveryRefusalIsTranslated)
{
    const QList<QString> paths = {
        m_files.path(QStringLiteral("absent.pdf")),
        m_files.write(QStringLiteral("empty.pdf"), {}),
        m_files.write(QStringLiteral("a.docx"),
                      FileFixtures::storedZip({{"[Content_Types].xml", "x"}, {"word/a", "x"}})),
        m_files.write(QStringLiteral("zero.pdf"), FileFixtures::zeroPagePdf()),
        m_files.write(QStringLiteral("cut.pdf"), FileFixtures::pdf(1).left(200)),
        m_files.write(QStringLiteral("cut.png"), FileFixtures::image("png", {20, 20}).left(60)),
        m_files.write(QStringLiteral("bomb.png"), FileFixtures::pngClaiming({50000, 50000})),
    };
    for (const QString& path : paths) {
        const FileInspection inspection = FileInspector().inspect(path);
        ASSERT_FALSE(inspection.accepted()) << path.toStdString();
        // Untranslated sources are English: these words only appear in the French catalogue.
        EXPECT_TRUE(inspection.message.contains(QStringLiteral("fichier"))
                    || inspection.message.contains(QStringLiteral("image")))
            << inspection.message.toStdString();
        EXPECT_FALSE(inspection.message.contains(QStringLiteral(" the "))) << inspection.message.toStdString();
    }
}

} // namespace
} // namespace segurdesk::files
