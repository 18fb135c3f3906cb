// The app killed while a document is being attached (segurdesk_attaching_app, the app's own
// objects in a process of their own): at every point of the attachment, the draft opens again
// with the fields typed before, and the document is either there, whole, or not at all.
#include "core/services/DraftKeeper.h"
#include "core/storage/ApplicationIdentity.h"
#include "tests/app/QtTry.h"
#include "tests/core/files/FileFixtures.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace segurdesk {
namespace {

using segurdesk::testing::FileFixtures;

class KilledWhileAttaching : public ::testing::TestWithParam<const char*>
{
protected:
    // The data folder the app uses: its own name, under a throwaway XDG_DATA_HOME.
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        storage::setApplicationIdentity();
    }
    void TearDown() override
    {
        QCoreApplication::setOrganizationName(m_organization);
        QCoreApplication::setApplicationName(m_application);
        qunsetenv("XDG_DATA_HOME");
    }

    const QString m_organization = QCoreApplication::organizationName();
    const QString m_application = QCoreApplication::applicationName();
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

TEST_P(KilledWhileAttaching, TheDraftResumesWithItsFieldsAndTheDocumentWholeOrAbsent)
{
    const QByteArray document = FileFixtures::noisyPdf(qint64 {3} * 1024 * 1024);
    const QString path = FileFixtures(m_files.path()).write(QStringLiteral("kbis.pdf"), document);
    QProcess app;
    app.setProgram(QStringLiteral(SEGURDESK_ATTACHING_APP));
    app.setArguments({path});
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start();

    // Killed as soon as it reaches the point this test is about.
    QString draftId;
    const QByteArray point = QByteArray(GetParam());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += app.readAll()).contains(point + '\n') || app.state() == QProcess::NotRunning,
                             60000);
    ASSERT_TRUE(said.contains(point + '\n'))
        << said.toStdString() << " (exit code " << app.exitCode() << ", " << app.errorString().toStdString() << ")";
    if (app.state() != QProcess::NotRunning) {
        app.kill();
        ASSERT_TRUE(app.waitForFinished(30000));
    }
    const qsizetype idAt = said.indexOf("saved ");
    ASSERT_GE(idAt, 0);
    draftId = QString::fromLatin1(said.mid(idAt + 6, said.indexOf('\n', idAt) - idAt - 6));

    services::DraftKeeper keeper;
    QSignalSpy loaded(&keeper, &services::DraftKeeper::loaded);
    QSignalSpy failed(&keeper, &services::DraftKeeper::loadFailed);
    keeper.load(draftId);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 30000);
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().toString().toStdString();
    const auto draft = loaded.first().first().value<services::DraftKeeper::Loaded>();
    EXPECT_EQ(draft.content.dossier.referencing.number, QStringLiteral("MSS-2022-0042"));
    EXPECT_EQ(draft.content.dossier.applicant.companyName, QStringLiteral("MEDIMAIL CONNECT SA"));
    if (const model::Attachment* kbis = draft.content.attachments.find(model::DocumentKind::Kbis)) {
        ASSERT_TRUE(kbis->inspection.has_value());
        EXPECT_TRUE(kbis->inspection->accepted()) << kbis->inspection->message.toStdString();
        EXPECT_EQ(kbis->inspection->sha256Hex, QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    } else {
        EXPECT_NE(point, QByteArray("written")) << "a document written is kept";
    }
}

INSTANTIATE_TEST_SUITE_P(AtEachPoint, KilledWhileAttaching, ::testing::Values("attaching", "writing", "written"));

} // namespace
} // namespace segurdesk
