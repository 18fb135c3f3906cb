// The document field, driven by objectName with real files made at test time: the inspector and
// the thumbnail run off the GUI thread, and the field shows what the user needs to know.
#include "app/widgets/DocumentField.h"

#include "app/widgets/FileDialogs.h"
#include "core/services/Worker.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace segurdesk::widgets {
namespace {

constexpr qint64 Kilo = 1024;
constexpr qint64 Mega = Kilo * Kilo;

using segurdesk::testing::FileFixtures;

// Receives what QDesktopServices::openUrl() would give the system's viewer.
class ViewerProbe : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};

class DocumentFieldTest : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_directory.isValid());
        TranslatedTest::SetUp();
        m_field = std::make_unique<DocumentField>(QStringLiteral("Extrait Kbis"));
        m_field->resize(640, 120);
        m_field->show();
    }

    template<class T> T* child(const char* name) { return m_field->findChild<T*>(QString::fromLatin1(name)); }
    QString text(const char* label) { return child<QLabel>(label)->text(); }
    bool shown(const char* name) { return child<QWidget>(name)->isVisible(); }

    // The user picks `path` in the file dialog.
    void choose(const QString& path)
    {
        answerNextFileDialog(path);
        QTest::mouseClick(child<QPushButton>("chooseButton"), Qt::LeftButton);
    }

    static int inkedPixels(const QPixmap& pixmap)
    {
        const QImage image = pixmap.toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        return inked;
    }

    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};
    std::unique_ptr<DocumentField> m_field;
};

TEST_F(DocumentFieldTest, ShowsThePortalsLimitsBeforeAnyFileIsChosen)
{
    EXPECT_EQ(text("hint"),
              QStringLiteral("PDF, JPEG ou PNG — 4 Mo maximum. Déposez le fichier ici ou choisissez-le."));
    files::InspectionLimits limits;
    limits.maxBytes = 2 * Mega + 512 * Kilo;
    m_field->setLimits(limits);
    EXPECT_TRUE(text("hint").startsWith(QStringLiteral("PDF, JPEG ou PNG — 2,5 Mo maximum.")))
        << text("hint").toStdString();
    EXPECT_FALSE(shown("previewButton"));
    EXPECT_FALSE(shown("removeButton"));
    EXPECT_EQ(child<QPushButton>("chooseButton")->accessibleName(),
              QStringLiteral("Choisir le fichier : Extrait Kbis"));
    EXPECT_EQ(child<QLabel>("title")->buddy(), child<QPushButton>("chooseButton"));
}

TEST_F(DocumentFieldTest, FollowsALiveLanguageSwitch)
{
    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    QTRY_COMPARE(text("hint"), QStringLiteral("PDF, JPEG or PNG — 4 MB maximum. Drop the file here or choose it."));
    EXPECT_EQ(child<QPushButton>("chooseButton")->text(), QStringLiteral("&Choose a file…"));

    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    choose(m_files.write(QStringLiteral("two.pdf"), FileFixtures::pdf(2)));
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("PDF document — 2 pages — ")))
        << text("details").toStdString();
}

TEST_F(DocumentFieldTest, CheckingAndAttachingADocumentChangeNoHeight)
{
    // A field that grew as its document came would have the whole page laid out and drawn again.
    const int empty = m_field->sizeHint().height();
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    choose(m_files.write(QStringLiteral("kbis.pdf"), FileFixtures::noisyPdf(300 * Kilo)));
    QTRY_VERIFY(m_field->isChecking());
    EXPECT_EQ(m_field->sizeHint().height(), empty) << "while checking";
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_EQ(m_field->sizeHint().height(), empty) << "with its thumbnail";
    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    EXPECT_EQ(m_field->sizeHint().height(), empty) << "removed";
}

TEST_F(DocumentFieldTest, AnAcceptedPdfShowsItsPagesSizeAndFirstPage)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    const QString path = m_files.write(QStringLiteral("kbis.pdf"), FileFixtures::noisyPdf(300 * Kilo));
    choose(path);
    QTRY_VERIFY(m_field->isChecking());
    EXPECT_TRUE(shown("busy"));
    EXPECT_EQ(text("progress"), QStringLiteral("Vérification de kbis.pdf…"));
    EXPECT_FALSE(shown("message"));

    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_EQ(attached.first().first().toString(), path);
    EXPECT_EQ(m_field->filePath(), path);
    EXPECT_FALSE(m_field->isChecking());
    EXPECT_FALSE(shown("busy"));
    EXPECT_FALSE(shown("message"));
    EXPECT_EQ(text("fileName"), QStringLiteral("kbis.pdf"));
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("Document PDF — 1 page — ")))
        << text("details").toStdString();
    EXPECT_TRUE(text("details").endsWith(QStringLiteral(" Ko"))) << text("details").toStdString();
    const QPixmap thumbnail = child<QLabel>("thumbnail")->pixmap();
    ASSERT_FALSE(thumbnail.isNull());
    // A4 drawn in a 72-pixel box: 72 high, narrower than high.
    EXPECT_EQ(thumbnail.height(), 72);
    EXPECT_LT(thumbnail.width(), 72);
    EXPECT_GT(inkedPixels(thumbnail), 100) << "the picture on the page is drawn";
    EXPECT_EQ(child<QPushButton>("chooseButton")->text(), QStringLiteral("&Remplacer…"));
}

TEST_F(DocumentFieldTest, AnImageShowsItsPixelSize)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    choose(m_files.write(QStringLiteral("piece.png"), FileFixtures::image("png", {1200, 800}, true)));
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    const QString space = QLocale(QLocale::French).groupSeparator();
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("Image PNG — 1") + space + QStringLiteral("200 × 800 px — ")))
        << text("details").toStdString();
    EXPECT_TRUE(text("details").endsWith(QStringLiteral(" Mo"))) << text("details").toStdString();
    const QPixmap thumbnail = child<QLabel>("thumbnail")->pixmap();
    EXPECT_EQ(thumbnail.size(), QSize(72, 48));
    EXPECT_GT(inkedPixels(thumbnail), 100);
}

TEST_F(DocumentFieldTest, ARefusalSaysWhyAndAttachesNothing)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    choose(m_files.write(QStringLiteral("rib.pdf"), FileFixtures::padded(FileFixtures::pdf(1), 4 * Mega + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    EXPECT_FALSE(m_field->isChecking());
    EXPECT_EQ(attached.count(), 0);
    EXPECT_TRUE(m_field->filePath().isEmpty());
    EXPECT_TRUE(shown("message"));
    EXPECT_TRUE(text("message").startsWith(QStringLiteral("Refusé : rib.pdf — Le fichier pèse 4,01 Mo")))
        << text("message").toStdString();
    EXPECT_TRUE(text("message").contains(QStringLiteral("au-delà de la limite de 4 Mo")));
    EXPECT_EQ(child<QPushButton>("chooseButton")->accessibleDescription(), text("message"));
    EXPECT_TRUE(shown("hint"));
}

TEST_F(DocumentFieldTest, ARefusedReplacementKeepsTheAttachedFile)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    const QString good = m_files.write(QStringLiteral("kbis.pdf"), FileFixtures::pdf(2));
    choose(good);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    choose(m_files.write(QStringLiteral("kbis.docx"),
                         FileFixtures::storedZip({{"[Content_Types].xml", "x"}, {"word/document.xml", "x"}})));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    EXPECT_TRUE(shown("message"));
    EXPECT_EQ(attached.count(), 1);
    EXPECT_EQ(m_field->filePath(), good);
    EXPECT_TRUE(text("message").endsWith(QStringLiteral("Le fichier joint auparavant est conservé.")))
        << text("message").toStdString();
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("Document PDF — 2 pages")));
}

TEST_F(DocumentFieldTest, OnlyTheLastChoiceCounts)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    choose(m_files.write(QStringLiteral("first.pdf"), FileFixtures::noisyPdf(3 * Mega)));
    QTRY_VERIFY(m_field->isChecking());
    const QString second = m_files.write(QStringLiteral("second.png"), FileFixtures::image("png", {40, 30}));
    choose(second);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_EQ(attached.first().first().toString(), second);
    // The first check's answer, once its work is done and delivered, is dropped.
    ASSERT_TRUE(services::workerPool().waitForDone(20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(attached.count(), 1);
    EXPECT_EQ(m_field->filePath(), second);
}

TEST_F(DocumentFieldTest, AFileDroppedOnTheFieldIsChecked)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    const QString path = m_files.write(QStringLiteral("photo.jpg"), FileFixtures::image("jpeg", {300, 400}));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_field->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_field.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_field.get(), &drop);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_EQ(m_field->filePath(), path);

    // Two files at once are not one document.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QDragEnterEvent refused(at, Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_field.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(DocumentFieldTest, PreviewOpensTheFileAndRemoveTakesItAway)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    QSignalSpy removed(m_field.get(), &DocumentField::removed);
    const QString path = m_files.write(QStringLiteral("rib.png"), FileFixtures::image("png", {100, 60}));
    choose(path);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);

    ViewerProbe viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    QTest::mouseClick(child<QPushButton>("previewButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    EXPECT_EQ(viewer.opened, QList<QUrl> {QUrl::fromLocalFile(path)});

    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_TRUE(m_field->filePath().isEmpty());
    EXPECT_TRUE(shown("hint"));
    EXPECT_FALSE(shown("previewButton"));
    EXPECT_TRUE(child<QLabel>("thumbnail")->pixmap().isNull());
}

TEST_F(DocumentFieldTest, AHeavyPhotoIsMadeLighterOnRequestAndTheOriginalIsKept)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    const QByteArray photo = FileFixtures::image("png", {2400, 1800}, true);
    ASSERT_GT(photo.size(), 4 * Mega);
    const QString original = m_files.write(QStringLiteral("carte.png"), photo);
    choose(original);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    ASSERT_TRUE(shown("lighterButton"));
    EXPECT_EQ(child<QPushButton>("lighterButton")->accessibleName(), QStringLiteral("Alléger la photo : Extrait Kbis"));

    const QString lighter = m_files.path(QStringLiteral("carte-allegee.jpg"));
    answerNextFileDialog(lighter);
    QTest::mouseClick(child<QPushButton>("lighterButton"), Qt::LeftButton);
    QTRY_VERIFY(m_field->isChecking());
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 30000);

    EXPECT_EQ(attached.first().first().toString(), lighter);
    EXPECT_EQ(m_field->filePath(), lighter);
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("Image JPEG — 2"))) << text("details").toStdString();
    EXPECT_LE(QFileInfo(lighter).size(), 4 * Mega);
    EXPECT_FALSE(shown("lighterButton"));
    EXPECT_FALSE(shown("message"));
    QFile kept(original);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), photo);
}

TEST_F(DocumentFieldTest, OnlyAPhotoIsOfferedToBeMadeLighter)
{
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    choose(m_files.write(QStringLiteral("scan.pdf"), FileFixtures::padded(FileFixtures::pdf(1), 4 * Mega + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    EXPECT_FALSE(shown("lighterButton"));

    // A name is only a hint: what is read decides.
    choose(m_files.write(QStringLiteral("scan.jpg"), FileFixtures::padded(FileFixtures::pdf(1), 4 * Mega + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 20000);
    ASSERT_TRUE(shown("lighterButton"));
    const QString target = m_files.path(QStringLiteral("scan-allegee.jpg"));
    answerNextFileDialog(target);
    QTest::mouseClick(child<QPushButton>("lighterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text("message").startsWith(QStringLiteral("Seule une photo JPEG ou PNG peut")), 30000);
    EXPECT_FALSE(m_field->isChecking());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(m_field->hasDocument());
}

TEST_F(DocumentFieldTest, ThePhotoItselfIsNeverWrittenOver)
{
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    const QByteArray photo = FileFixtures::image("png", {2400, 1800}, true);
    const QString original = m_files.write(QStringLiteral("carte.png"), photo);
    choose(original);
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);

    answerNextFileDialog(original);
    QTest::mouseClick(child<QPushButton>("lighterButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text("message").startsWith(QStringLiteral("Choisissez un autre nom")), 30000);
    QFile kept(original);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), photo);
    EXPECT_TRUE(shown("lighterButton")) << "another name can still be chosen";
}

TEST_F(DocumentFieldTest, AFileGivenUpWhileItIsMadeIsNeverWritten)
{
    QSignalSpy refused(m_field.get(), &DocumentField::refused);
    choose(m_files.write(QStringLiteral("carte.png"), FileFixtures::image("png", {2400, 1800}, true)));
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
    const QString lighter = m_files.path(QStringLiteral("carte-allegee.jpg"));
    answerNextFileDialog(lighter);
    QTest::mouseClick(child<QPushButton>("lighterButton"), Qt::LeftButton);
    QTRY_VERIFY(m_field->isChecking());
    EXPECT_EQ(text("progress"), QStringLiteral("Préparation de carte-allegee.jpg…"));

    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    EXPECT_FALSE(m_field->isChecking());
    // The making ends on its worker; its answer comes and is dropped, and nothing is written.
    ASSERT_TRUE(services::workerPool().waitForDone(30000));
    QCoreApplication::processEvents();
    ASSERT_TRUE(services::workerPool().waitForDone(30000));
    EXPECT_FALSE(QFileInfo::exists(lighter));
    EXPECT_FALSE(m_field->hasDocument());
}

TEST_F(DocumentFieldTest, PhotosOfTwoPagesBecomeOnePdf)
{
    QSignalSpy attached(m_field.get(), &DocumentField::attached);
    ASSERT_TRUE(shown("combineButton"));
    const QString front = m_files.write(QStringLiteral("recto.jpg"), FileFixtures::image("jpeg", {1600, 1000}));
    const QString back = m_files.write(QStringLiteral("verso.jpg"), FileFixtures::image("jpeg", {1600, 1000}));
    const QString pdf = m_files.path(QStringLiteral("piece-identite.pdf"));
    answerNextFileDialog(QStringList {front, back});
    answerNextFileDialog(pdf);
    QTest::mouseClick(child<QPushButton>("combineButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 30000);

    EXPECT_EQ(m_field->filePath(), pdf);
    EXPECT_TRUE(text("details").startsWith(QStringLiteral("Document PDF — 2 pages"))) << text("details").toStdString();
    EXPECT_FALSE(shown("combineButton"));
    EXPECT_TRUE(QFileInfo::exists(front) && QFileInfo::exists(back));
}

} // namespace
} // namespace segurdesk::widgets

#include "DocumentFieldTest.moc"
