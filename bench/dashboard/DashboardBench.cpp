// bench_dashboard [ROWS]: the dashboard over a cache of ROWS dossiers (100 000 by default), in a
// process built from the app's own objects. The account is ROWS enrollments as the portal
// contract writes them (a quarter with an advance request), written to a real dossier cache
// (encrypted SQLite, in a temporary folder), then opened as the app does when the portal cannot be
// reached: the copy read on a worker, the rows built on a worker by the same code as in the app.
// Prints, in milliseconds:
//   - rows: building the rows from the portal's objects, on a worker as in the app;
//   - open: the GUI thread's time to take the rows and paint the table for the first time;
//   - keystroke: the GUI thread's time for each key typed in the search box ("pharmacie 12"),
//     until the table is painted again: the median and the longest;
//   - scroll: the longest repaint while the table is scrolled page by page over the whole list;
//   - sort: a click on the company's header, then the amount's: the GUI thread's time (starting
//     the worker that sorts, then applying its order and painting) and the time until sorted;
// then the resident memory: before the dashboard, with the portal's objects (the JSON the cache
// gives), once the rows are built (the JSON freed), with the dashboard open, and the peak.
#include "app/dashboard/DashboardContent.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DossierTableModel.h"
#include "bench/ProcessMemory.h"
#include "core/crypto/SecretKey.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSync.h"
#include "core/services/Worker.h"
#include "core/storage/DossierCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace segurdesk;

namespace {

const char* const Statuses[] = {"submitted", "validated", "incomplete", "rejected"};
const char* const Companies[] = {"PHARMACIE", "CLINIQUE", "CABINET MÉDICAL", "LABORATOIRE", "CENTRE DE SANTÉ"};

QJsonObject enrollment(int index, const QDateTime& at)
{
    const QString stamp = at.toString(Qt::ISODateWithMs);
    const QString status = QLatin1String(Statuses[index % 4]);
    return {{QStringLiteral("id"), QStringLiteral("e%1").arg(index)},
            {QStringLiteral("number"), QStringLiteral("ENR-2026-%1").arg(index, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("status"), status},
            {QStringLiteral("received_at"), stamp},
            {QStringLiteral("updated_at"), stamp},
            {QStringLiteral("siret"), QStringLiteral("%1").arg(45716331900017LL + index * 100LL)},
            {QStringLiteral("company_name"),
             QStringLiteral("%1 %2").arg(QString::fromUtf8(Companies[index % 5])).arg(index)},
            {QStringLiteral("referencing_number"), QStringLiteral("MSS-2022-0042")},
            {QStringLiteral("role"), QStringLiteral("buyer")},
            {QStringLiteral("vat_rate"), QStringLiteral("20")},
            {QStringLiteral("status_history"),
             QJsonArray {QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("at"), stamp}}}},
            {QStringLiteral("dossier"), QJsonObject()},
            {QStringLiteral("documents"), QJsonArray()}};
}

QJsonObject advance(int index, const QDateTime& at)
{
    const QString stamp = at.toString(Qt::ISODateWithMs);
    const QJsonObject counts {
        {QStringLiteral("applicative"), 1}, {QStringLiteral("organizational"), 2}, {QStringLiteral("personal"), 30}};
    return {
        {QStringLiteral("id"), QStringLiteral("a%1").arg(index)},
        {QStringLiteral("number"), QStringLiteral("AVA-2026-%1").arg(index, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("enrollment_id"), QStringLiteral("e%1").arg(index)},
        {QStringLiteral("enrollment_number"), QStringLiteral("ENR-2026-%1").arg(index, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("status"), QStringLiteral("paid")},
        {QStringLiteral("created_at"), stamp},
        {QStringLiteral("decided_at"), stamp},
        {QStringLiteral("current"), counts},
        {QStringLiteral("estimated"), counts},
        {QStringLiteral("vat_rate"), QStringLiteral("20")},
        {QStringLiteral("amount_ht"), QStringLiteral("%1.00").arg(5000 + index % 997)},
        {QStringLiteral("amount_ttc"), QStringLiteral("%1.00").arg(6000 + index % 997)},
        {QStringLiteral("status_history"),
         QJsonArray {QJsonObject {{QStringLiteral("status"), QStringLiteral("paid")}, {QStringLiteral("at"), stamp}}}},
        {QStringLiteral("documents"), QJsonArray()},
        {QStringLiteral("mails"), QJsonArray()}};
}

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTextStream out(stdout);

    // The window first, as in the app: the portal's objects come once it is up.
    dashboard::DashboardView view;
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();

    const auto megabytes = [](qint64 kib) {
        return double(kib) / 1024.0;
    };
    // The account's copy in a dossier cache of its own, as a refresh left it.
    QTemporaryDir dir;
    storage::DossierCache cache(dir.filePath(QStringLiteral("cache.sqlite")), crypto::SecretKey::generate(),
                                QStringLiteral("bench\ndemo"));
    QElapsedTimer timer;
    timer.start();
    {
        QList<storage::CachedObject> objects;
        const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QDateTime at = start.addSecs(qint64(i) * 97);
            objects.append(
                storage::CachedObject::fromPortal(storage::CachedObject::Kind::Enrollment, enrollment(i, at)));
            if (i % 4 == 1)
                objects.append(storage::CachedObject::fromPortal(storage::CachedObject::Kind::AdvanceRequest,
                                                                 advance(i, at.addDays(5))));
        }
        if (cache.open() || cache.rebuild(objects)) {
            out << "the cache cannot be written" << Qt::endl;
            return 1;
        }
    }
    // What writing it left is not the dashboard's.
    services::releaseFreedMemory();
    out << "cache of " << count << " dossiers written in " << ms(timer)
        << " ms; resident before the dashboard: " << megabytes(bench::residentKiB()) << " MB" << Qt::endl;

    // As the app opens the dashboard where the portal cannot be reached: the copy is read on a
    // worker, which then builds the rows.
    QNetworkAccessManager network;
    portal::PortalClient client(network, QUrl(QStringLiteral("http://127.0.0.1:1")), {});
    services::DossierSync sync(client, cache.location());
    services::DossierSnapshot snapshot;
    {
        QEventLoop read;
        QObject::connect(&sync, &services::DossierSync::refreshed, &read, [&](const services::DossierSnapshot& copy) {
            snapshot = copy;
            read.quit();
        });
        QObject::connect(&sync, &services::DossierSync::failed, &read, [&read] { read.exit(1); });
        timer.restart();
        sync.giveOfflineCopy(portal::PortalError {});
        if (read.exec() != 0) {
            out << "the cache cannot be read" << Qt::endl;
            return 1;
        }
    }
    out << "copy read in " << ms(timer)
        << " ms; resident with the portal's objects: " << megabytes(bench::residentKiB()) << " MB" << Qt::endl;
    timer.restart();
    // As the app does: on a worker, which frees the portal's objects once the rows are built and
    // puts them in the table's order, the GUI thread's event loop running meanwhile. (Waiting on
    // the future instead would run the job on this thread: Qt takes a job not started yet.)
    dashboard::DashboardContent content;
    {
        QEventLoop built;
        services::runOnWorker(
            &built,
            [snapshot = std::move(snapshot), sorting = view.sorting()]() mutable {
                return dashboard::dashboardContent(std::move(snapshot), {}, {}, QStringLiteral("demo"), sorting);
            },
            [&](dashboard::DashboardContent made) {
                content = std::move(made);
                built.quit();
            });
        built.exec();
    }
    out << "rows: " << content.rows.rows.size() << " built in " << ms(timer) << " ms (" << content.unreadable
        << " unreadable)" << Qt::endl;
    if (content.unreadable > 0)
        return 1;
    out << "resident once the rows are built: " << megabytes(bench::residentKiB()) << " MB" << Qt::endl;

    timer.restart();
    view.setRows(std::move(content.rows.rows));
    view.repaint();
    out << "open: " << ms(timer) << " ms" << Qt::endl;

    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* table = view.findChild<QTableView*>(QStringLiteral("dossierTable"));
    std::vector<double> keystrokes;
    for (const QChar key : QStringLiteral("pharmacie 12")) {
        timer.restart();
        // As a key typed at the end of the text: textChanged, then the filter.
        search->insert(QString(key));
        view.repaint();
        keystrokes.push_back(ms(timer));
    }
    std::vector<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    out << "keystroke: median " << sorted.at(sorted.size() / 2) << " ms, longest " << sorted.back() << " ms ("
        << table->model()->rowCount() << " rows left)" << Qt::endl;
    timer.restart();
    search->clear();
    view.repaint();
    out << "clearing the search: " << ms(timer) << " ms" << Qt::endl;

    QScrollBar* bar = table->verticalScrollBar();
    double longest = 0;
    int steps = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->maximum() / 500)) {
        timer.restart();
        bar->setValue(value);
        table->viewport()->repaint();
        longest = std::max(longest, ms(timer));
        ++steps;
    }
    out << "scroll: longest repaint " << longest << " ms over " << steps << " positions" << Qt::endl;
    // A worker sorts; the GUI thread starts it, then applies the order it gives.
    QAbstractItemModel* rowsModel = table->model();
    for (const int column :
         {int(dashboard::DossierTableModel::CompanyColumn), int(dashboard::DossierTableModel::AmountColumn)}) {
        QElapsedTimer untilSorted;
        untilSorted.start();
        timer.restart();
        table->sortByColumn(column, Qt::AscendingOrder);
        double guiThread = ms(timer);
        QEventLoop applied;
        const QMetaObject::Connection before
            = QObject::connect(rowsModel, &QAbstractItemModel::layoutAboutToBeChanged, [&timer] { timer.restart(); });
        const QMetaObject::Connection after = QObject::connect(rowsModel, &QAbstractItemModel::layoutChanged, [&] {
            view.repaint();
            guiThread += ms(timer);
            applied.quit();
        });
        // A sort whose order never came would leave the loop running: the benchmark fails instead.
        QTimer::singleShot(30000, &applied, [&applied] { applied.exit(1); });
        if (applied.exec() != 0) {
            out << "sort by column " << column << ": no order after 30 s" << Qt::endl;
            return 1;
        }
        QObject::disconnect(before);
        QObject::disconnect(after);
        out << "sort by column " << column << ": " << guiThread << " ms on the GUI thread, sorted in "
            << ms(untilSorted) << " ms" << Qt::endl;
    }
    out << "resident with the dashboard open: " << megabytes(bench::residentKiB()) << " MB, peak "
        << megabytes(bench::peakResidentKiB()) << " MB" << Qt::endl;
    return 0;
}
