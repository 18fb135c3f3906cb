// The dashboard over the real segurdesk-sandbox's demo account: the rows DossierSync downloads,
// shown, searched, filtered, sorted and exported as a CSV file read back.
#include "app/dashboard/DashboardContent.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DossierCsv.h"
#include "app/dashboard/DossierRow.h"
#include "app/widgets/FileDialogs.h"
#include "core/crypto/SecretKey.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/LoginRequest.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSync.h"
#include "core/services/Worker.h"
#include "core/storage/DossierCache.h"
#include "core/validation/InputText.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/support/SandboxProcess.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using dashboard::AdvanceTotals;
using dashboard::DashboardView;
using dashboard::DossierRow;
using dashboard::DossierTableModel;

namespace {

// The demo account's dossiers, downloaded once for every test of the suite.
class Dashboard : public segurdesk::testing::TranslatedTest
{
protected:
    static void SetUpTestSuite()
    {
        test::SandboxProcess sandbox({}, {QStringLiteral("--seed-demo")});
        ASSERT_TRUE(sandbox.ok()) << sandbox.error().toStdString();
        QTemporaryDir dir;
        QNetworkAccessManager network;
        portal::PortalClient::Options options;
        options.timeout = 10s;
        portal::PortalClient client(network, QUrl(sandbox.url()), options);
        storage::DossierCache cache(dir.filePath(QStringLiteral("cache.sqlite")), crypto::SecretKey::generate(),
                                    QStringLiteral("demo"));
        ASSERT_FALSE(cache.open());
        // The account the demonstration banner names.
        portal::LoginRequest login(client, QString::fromLatin1(portal::EmbeddedSandbox::DemoLogin),
                                   QString::fromLatin1(portal::EmbeddedSandbox::DemoPassword));
        QSignalSpy loggedIn(&login, &portal::PortalRequest::finished);
        login.start();
        ASSERT_TRUE(loggedIn.wait(30000));
        ASSERT_TRUE(login.succeeded()) << login.error().message().toStdString();
        services::DossierSync sync(client, cache.location());
        QSignalSpy refreshed(&sync, &services::DossierSync::refreshed);
        sync.refresh();
        ASSERT_TRUE(refreshed.wait(30000));
        snapshot() = refreshed.first().first().value<services::DossierSnapshot>();
    }

    static services::DossierSnapshot& snapshot()
    {
        static services::DossierSnapshot demo;
        return demo;
    }

    void SetUp() override
    {
        TranslatedTest::SetUp();
        // Made once French is in place: the view takes its texts when it is built.
        m_view = std::make_unique<DashboardView>();
        const dashboard::DossierRows rows = dashboard::dossierRows(snapshot(), QStringLiteral("demo"));
        ASSERT_EQ(rows.unreadable, 0);
        m_view->setRows(rows.rows);
        m_view->setDataAge(snapshot().refreshedAt, false);
        m_view->resize(1200, 500);
        m_view->show();
    }

    template<class T> T* child(const char* name) { return m_view->findChild<T*>(QString::fromLatin1(name)); }
    QTableView* table() { return child<QTableView>("dossierTable"); }
    // The text of `column` in every row shown, top to bottom.
    QStringList column(int column)
    {
        QStringList texts;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            texts << table()->model()->index(row, column).data().toString();
        return texts;
    }
    void chooseStatus(const DossierRow::Status& status)
    {
        auto* filter = child<QComboBox>("statusFilter");
        const int index = filter->findData(int(DossierRow::everyStatus().indexOf(status)));
        ASSERT_GE(index, 0);
        filter->setCurrentIndex(index);
    }

    std::unique_ptr<DashboardView> m_view;
};

enum Column { Kind, Number, Company, Siret, Status, Updated, Amount, Profile };

TEST_F(Dashboard, ShowsEveryEnrollmentAndAdvanceRequestWithItsStatusAndAmount)
{
    EXPECT_EQ(table()->model()->rowCount(), 5);
    EXPECT_EQ(child<QLabel>("countLabel")->text(), QStringLiteral("5 dossiers"));
    EXPECT_EQ(column(Kind).count(QStringLiteral("Enrôlement")), 4);
    EXPECT_EQ(column(Kind).count(QStringLiteral("Demande d'avance")), 1);
    EXPECT_TRUE(column(Status).contains(QStringLiteral("Validée"))) << column(Status).join(u',').toStdString();
    EXPECT_TRUE(column(Status).contains(QStringLiteral("Payée"))) << column(Status).join(u',').toStdString();
    // The advance request carries its enrollment's company and SIRET, and its amount in euros.
    const int advance = int(column(Kind).indexOf(QStringLiteral("Demande d'avance")));
    EXPECT_EQ(column(Company).at(advance), QStringLiteral("Medimail"));
    EXPECT_EQ(column(Siret).at(advance), QStringLiteral("58816302200019"));
    EXPECT_TRUE(column(Amount).at(advance).endsWith(QStringLiteral("€"))) << column(Amount).at(advance).toStdString();
    EXPECT_EQ(column(Amount).count(QString()), 4);
    // Newest change first, and a dossier is current from the start.
    ASSERT_TRUE(table()->currentIndex().isValid());
    EXPECT_EQ(table()->currentIndex().row(), 0);
    EXPECT_FALSE(m_view->currentDossierId().isEmpty());
    EXPECT_TRUE(child<QLabel>("dataAge")->text().startsWith(QStringLiteral("Tels que le portail les a donnés")))
        << child<QLabel>("dataAge")->text().toStdString();
    m_view->setDataAge(snapshot().refreshedAt, true);
    EXPECT_TRUE(child<QLabel>("dataAge")->text().startsWith(QStringLiteral("Hors ligne")))
        << child<QLabel>("dataAge")->text().toStdString();

    // The language changes live: the table is told to draw its headers and cells again (it
    // reads them only when it paints).
    QSignalSpy headers(table()->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(table()->model(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    QTRY_VERIFY(!headers.isEmpty());
    EXPECT_FALSE(cells.isEmpty());
    EXPECT_EQ(table()->model()->headerData(Company, Qt::Horizontal).toString(), QStringLiteral("Company"));
    EXPECT_EQ(column(Kind).count(QStringLiteral("Enrollment")), 4);
    EXPECT_TRUE(child<QLabel>("dataAge")->text().startsWith(QStringLiteral("Offline")));
    EXPECT_EQ(child<QComboBox>("statusFilter")->itemText(0), QStringLiteral("All statuses"));
}

TEST_F(Dashboard, SearchIgnoresCaseAndAccentsAndEveryWordMustMatch)
{
    auto* search = child<QLineEdit>("searchEdit");
    QTest::keyClicks(search, QStringLiteral("cedres"));
    EXPECT_EQ(column(Company), QStringList {QStringLiteral("Cèdres Messagerie")});
    EXPECT_EQ(child<QLabel>("countLabel")->text(), QStringLiteral("Affichés : 1 sur 5 dossiers"));
    // A dossier stays current while rows come and go.
    EXPECT_TRUE(table()->currentIndex().isValid());

    search->setText(QStringLiteral("58816302200019"));
    EXPECT_EQ(column(Company), QStringList(2, QStringLiteral("Medimail")));
    search->setText(QStringLiteral("medimail AVA-"));
    EXPECT_EQ(column(Kind), QStringList {QStringLiteral("Demande d'avance")});
    search->setText(QStringLiteral("introuvable"));
    EXPECT_EQ(table()->model()->rowCount(), 0);
    EXPECT_FALSE(table()->currentIndex().isValid());
    search->clear();
    EXPECT_EQ(table()->model()->rowCount(), 5);
    EXPECT_TRUE(table()->currentIndex().isValid());
}

TEST_F(Dashboard, FiltersByStatusOfEachKindAndByProfile)
{
    chooseStatus(model::EnrollmentStatus::Validated);
    EXPECT_EQ(column(Status), QStringList(2, QStringLiteral("Validée")));
    chooseStatus(model::EnrollmentStatus::Incomplete);
    EXPECT_EQ(column(Company), QStringList {QStringLiteral("Cardio Plus MSS")});
    chooseStatus(model::AdvanceStatus::Paid);
    EXPECT_EQ(column(Kind), QStringList {QStringLiteral("Demande d'avance")});
    child<QComboBox>("statusFilter")->setCurrentIndex(0);
    EXPECT_EQ(table()->model()->rowCount(), 5);

    // A tiers déclarant's second profile: its rows beside the first's, and each one alone.
    auto* profiles = child<QComboBox>("profileFilter");
    EXPECT_FALSE(profiles->isEnabled()) << "one profile, nothing to choose";
    QList<DossierRow> both = dashboard::dossierRows(snapshot(), QStringLiteral("demo")).rows;
    both += dashboard::dossierRows(snapshot(), QStringLiteral("cabinet-martin")).rows;
    m_view->setRows(both);
    EXPECT_EQ(table()->model()->rowCount(), 10);
    ASSERT_TRUE(profiles->isEnabled());
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("cabinet-martin")));
    EXPECT_EQ(column(Profile), QStringList(5, QStringLiteral("cabinet-martin")));
    // The profile goes away with the rows that had it: every row shows again.
    m_view->setRows(dashboard::dossierRows(snapshot(), QStringLiteral("demo")).rows);
    EXPECT_EQ(table()->model()->rowCount(), 5);
    EXPECT_EQ(profiles->currentIndex(), 0);
}

TEST_F(Dashboard, SortsOnRawValuesAndTheCurrentDossierFollows)
{
    QHeaderView* header = table()->horizontalHeader();
    const QString current = m_view->currentDossierId();
    // Dates in the locale's short form do not sort as text; the raw times do.
    QList<QDateTime> times;
    for (const QString& id : column(Number)) {
        const auto rows = dashboard::dossierRows(snapshot(), QStringLiteral("demo")).rows;
        times << std::find_if(rows.cbegin(), rows.cend(), [&id](const DossierRow& row) {
                     return row.number == id;
                 })->updatedAt;
    }
    EXPECT_TRUE(std::is_sorted(times.crbegin(), times.crend())) << "newest first";

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(Company) + 5, header->height() / 2));
    const auto sortedByCompany = [this] {
        const QStringList companies = column(Company);
        return std::is_sorted(companies.cbegin(), companies.cend(), [](const QString& a, const QString& b) {
            return validation::foldCaseAndAccents(a) < validation::foldCaseAndAccents(b);
        });
    };
    // A worker sorts: the rows take their order from the event loop.
    QTRY_VERIFY2(sortedByCompany(), qPrintable(column(Company).join(u',')));
    EXPECT_EQ(m_view->currentDossierId(), current) << "the same dossier, wherever it went";
}

TEST_F(Dashboard, ExportsWhatIsShownAsACsvFileForAFrenchSpreadsheet)
{
    chooseStatus(model::AdvanceStatus::Paid);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("avances.csv"));
    widgets::answerNextFileDialog(path);
    child<QPushButton>("exportButton")->click();
    // The file is named from the event loop, as the dialog would, then written on a worker.
    QTRY_COMPARE(child<QLabel>("exportMessage")->text(), QStringLiteral("1 dossier exporté dans %1.").arg(path));
    EXPECT_TRUE(child<QPushButton>("exportButton")->isEnabled());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a byte-order mark, for spreadsheets to read UTF-8";
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << bytes.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("Type;Numéro;Société;SIRET;Statut;Dernier changement;Montant TTC;Profil"));
    const QStringList fields = lines.at(1).split(QLatin1Char(';'));
    ASSERT_EQ(fields.size(), 8) << lines.at(1).toStdString();
    const auto rows = dashboard::dossierRows(snapshot(), QStringLiteral("demo")).rows;
    const DossierRow& advance = rows.constLast();
    ASSERT_EQ(advance.kind(), DossierRow::Kind::AdvanceRequest);
    EXPECT_EQ(fields,
              (QStringList {QStringLiteral("Demande d'avance"), advance.number, QStringLiteral("Medimail"),
                            QStringLiteral("58816302200019"), QStringLiteral("Payée"),
                            advance.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            advance.amount->toDecimalString().replace(u'.', u','), QStringLiteral("demo")}));
}

TEST_F(Dashboard, AnExportThatCannotBeWrittenSaysWhyAndLeavesNoTrace)
{
    // The name chosen is a folder's: the file written beside it cannot take its place.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dossiers.csv"));
    ASSERT_TRUE(QDir().mkdir(path));
    widgets::answerNextFileDialog(path);
    child<QPushButton>("exportButton")->click();
    QTRY_VERIFY(child<QLabel>("exportMessage")->text().startsWith(QStringLiteral("Le fichier")));
    EXPECT_TRUE(child<QLabel>("exportMessage")->text().contains(path))
        << child<QLabel>("exportMessage")->text().toStdString();
    EXPECT_TRUE(child<QPushButton>("exportButton")->isEnabled());
    EXPECT_TRUE(QFileInfo(path).isDir());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList {QStringLiteral("dossiers.csv")});
}

// Rows made here, for what the demo account does not have: refusals and several amounts.
QList<DossierRow> madeRows()
{
    const auto row = [](const char* number, const char* company, DossierRow::Status status, qint64 cents) {
        DossierRow made;
        made.id = QString::fromLatin1(number);
        made.number = made.id;
        made.company = QString::fromUtf8(company);
        made.status = status;
        made.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0)).addDays(cents % 17);
        if (cents >= 0)
            made.amount = model::Money::fromCents(cents);
        made.profile = QStringLiteral("demo");
        made.computeKeys();
        return made;
    };
    return {row("ENR-1", "École Nord", model::EnrollmentStatus::Rejected, -1),
            row("ENR-2", "atelier sud", model::EnrollmentStatus::Validated, -1),
            row("AVA-1", "Zèbre Santé", model::AdvanceStatus::Rejected, 120000),
            row("AVA-2", "Bâtiment Est", model::AdvanceStatus::Paid, 9900),
            row("AVA-3", "Clinique Ouest", model::AdvanceStatus::PaymentPending, 500000)};
}

TEST_F(Dashboard, RefusedEnrollmentsAndRefusedAdvanceRequestsAreToldApart)
{
    m_view->setRows(madeRows());
    chooseStatus(model::EnrollmentStatus::Rejected);
    EXPECT_EQ(column(Number), QStringList {QStringLiteral("ENR-1")});
    chooseStatus(model::AdvanceStatus::Rejected);
    EXPECT_EQ(column(Number), QStringList {QStringLiteral("AVA-1")});
    chooseStatus(model::AdvanceStatus::PaymentPending);
    EXPECT_EQ(column(Number), QStringList {QStringLiteral("AVA-3")});
}

// Requested counts every advance request, granted leaves out the refused one, paid only the paid
// one; the chart says each amount in words, for whoever does not see its bars.
TEST_F(Dashboard, TheChartGivesTheAmountsRequestedDecidedAndPaid)
{
    const AdvanceTotals totals = dashboard::advanceTotalsByProfile(madeRows()).value(QStringLiteral("demo"));
    EXPECT_EQ(totals.requested, model::Money::fromCents(120000 + 9900 + 500000));
    EXPECT_EQ(totals.granted, model::Money::fromCents(9900 + 500000));
    EXPECT_EQ(totals.paid, model::Money::fromCents(9900));
    m_view->setAdvanceTotals(dashboard::advanceTotalsByProfile(madeRows()));
    const auto described = [](const AdvanceTotals& amounts) {
        return QStringLiteral("Demandé : %1\nAccordé : %2\nPayé : %3")
            .arg(amounts.requested.format(), amounts.granted.format(), amounts.paid.format());
    };
    EXPECT_EQ(child<QWidget>("amountsChart")->accessibleDescription(), described(totals));

    // Another profile's paid advance: counted with every profile, not with the demo's alone.
    QList<DossierRow> both = madeRows();
    DossierRow firm = both.constLast();
    firm.profile = QStringLiteral("cabinet");
    firm.status = model::AdvanceStatus::Paid;
    firm.amount = model::Money::fromCents(700000);
    both.append(firm);
    m_view->setRows(both);
    m_view->setAdvanceTotals(dashboard::advanceTotalsByProfile(both));
    AdvanceTotals all = totals;
    all += {model::Money::fromCents(700000), model::Money::fromCents(700000), model::Money::fromCents(700000)};
    EXPECT_EQ(child<QWidget>("amountsChart")->accessibleDescription(), described(all));
    auto* profiles = child<QComboBox>("profileFilter");
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("demo")));
    EXPECT_EQ(child<QWidget>("amountsChart")->accessibleDescription(), described(totals));
}

// A large account's rows are copied anew once the portal's objects are freed (to give their memory
// back): every field comes through, in the table's order, the profile shared again.
TEST_F(Dashboard, ALargeAccountsRowsAreTheRowsOfItsObjectsInTheTablesOrder)
{
    services::DossierSnapshot large;
    for (int copy = 0; large.enrollments.size() + large.advanceRequests.size() < 10000; ++copy) {
        const auto renamed = [copy](QJsonObject json) {
            for (const char* key : {"id", "number", "enrollment_id"}) {
                if (json.contains(QLatin1String(key)))
                    json.insert(QLatin1String(key), json.value(QLatin1String(key)).toString() + QString::number(copy));
            }
            return json;
        };
        for (const QJsonObject& enrollment : snapshot().enrollments)
            large.enrollments.append(renamed(enrollment));
        for (const QJsonObject& advance : snapshot().advanceRequests)
            large.advanceRequests.append(renamed(advance));
    }
    const DossierTableModel::Sorting sorting {DossierTableModel::CompanyColumn, Qt::AscendingOrder};
    // Made at run time, as a login is: a literal is never "shared".
    const QString profile = QString::fromLatin1("demo");
    QList<DossierRow> expected = dashboard::dossierRows(large, profile).rows;
    DossierTableModel::sortRows(expected, sorting);

    const QList<DossierRow> rows = dashboard::dashboardContent(large, {}, {}, profile, sorting).rows.rows;
    EXPECT_TRUE(rows == expected);
    // Equal dates may differ in how they are told; the copies keep it.
    for (qsizetype i = 0; i < std::min(rows.size(), expected.size()); ++i)
        ASSERT_EQ(rows.at(i).updatedAt.timeSpec(), expected.at(i).updatedAt.timeSpec()) << "row " << i;
    EXPECT_TRUE(rows.first().profile.isSharedWith(rows.last().profile));
}

// Notices the desktop could not show pile up in the banner until hidden, the latest ones only.
TEST_F(Dashboard, TheBannerKeepsTheLatestNoticesUntilHidden)
{
    auto* banner = child<QWidget>("noticeBanner");
    auto* text = child<QLabel>("noticeLabel");
    EXPECT_TRUE(banner->isHidden());
    for (int notice = 1; notice <= DashboardView::NoticeLines + 3; ++notice)
        m_view->showNotice(QStringLiteral("Avis %1").arg(notice));
    const QStringList lines = text->text().split(u'\n');
    ASSERT_EQ(lines.size(), DashboardView::NoticeLines);
    EXPECT_EQ(lines.first(), QStringLiteral("Avis 4"));
    EXPECT_EQ(lines.last(), QStringLiteral("Avis %1").arg(DashboardView::NoticeLines + 3));
    child<QPushButton>("noticeCloseButton")->click();
    EXPECT_TRUE(banner->isHidden());
    m_view->showNotice(QStringLiteral("Nouvel avis"));
    EXPECT_EQ(text->text(), QStringLiteral("Nouvel avis"));
}

TEST_F(Dashboard, ColumnsSortOnTheirRawValuesBothWays)
{
    m_view->setRows(madeRows());
    struct Case
    {
        int column = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        const char* numbers = "";
    };
    const QList<Case> cases {
        // Cents, not text: 99,00 € before 1 200,00 €; no amount first.
        {Amount, Qt::AscendingOrder, "ENR-1 ENR-2 AVA-2 AVA-1 AVA-3"},
        {Amount, Qt::DescendingOrder, "AVA-3 AVA-1 AVA-2 ENR-1 ENR-2"},
        // Case ignored; accented capitals with their letter.
        {Company, Qt::AscendingOrder, "ENR-2 AVA-2 AVA-3 ENR-1 AVA-1"},
        // Enrollments first, then each status in the order a dossier goes through them.
        {Status, Qt::AscendingOrder, "ENR-2 ENR-1 AVA-3 AVA-2 AVA-1"},
    };
    for (const Case& sorted : cases) {
        table()->sortByColumn(sorted.column, sorted.order);
        QTRY_COMPARE(column(Number).join(QLatin1Char(' ')), QString::fromLatin1(sorted.numbers));
    }
}

TEST_F(Dashboard, RowsGivenWhileASortRunsTakeItsOrderAndItsStaleResultIsDropped)
{
    m_view->setRows(madeRows());
    table()->sortByColumn(Amount, Qt::AscendingOrder);
    // New rows before the worker is done: they are put in the order asked for at once, and the
    // order the worker found for the old rows never applies to them.
    QList<DossierRow> rows = madeRows();
    rows.removeFirst();
    m_view->setRows(rows);
    EXPECT_EQ(column(Number).join(QLatin1Char(' ')), QStringLiteral("ENR-2 AVA-2 AVA-1 AVA-3"));
    services::workerPool().waitForDone();
    QCoreApplication::processEvents();
    EXPECT_EQ(column(Number).join(QLatin1Char(' ')), QStringLiteral("ENR-2 AVA-2 AVA-1 AVA-3"));
}

TEST(DossierCsv, QuotesSeparatorsAndDefusesFormulas)
{
    DossierRow row;
    row.number = QStringLiteral("ENR-2026-000001");
    row.company = QStringLiteral("=HYPERLINK(\"http://x\";\"clic\")");
    row.siret = QStringLiteral("58816302200019");
    row.profile = QStringLiteral("Dupont; fils");
    row.updatedAt = QDateTime(QDate(2026, 3, 9), QTime(8, 5));
    const QByteArray csv = dashboard::DossierCsv::toCsv({row});
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines.at(1),
              QByteArray("Enrollment;ENR-2026-000001;\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";"
                         "58816302200019;Draft;09/03/2026 08:05;;\"Dupont; fils\"\r"));
}

TEST(DossierCsv, DefusesEveryFormulaStart)
{
    for (const char* company : {"=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tcmd", "\rcmd"}) {
        DossierRow row;
        row.company = QString::fromLatin1(company);
        const QList<QByteArray> lines = dashboard::DossierCsv::toCsv({row}).split('\n');
        ASSERT_GE(lines.size(), 2);
        EXPECT_TRUE(lines.at(1).contains(";'" + QByteArray(company).left(1)) || lines.at(1).contains(";\"'"))
            << lines.at(1).toStdString();
    }
}

} // namespace
