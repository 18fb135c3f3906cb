#pragma once

#include "core/storage/Draft.h"
#include "core/storage/StorageError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace segurdesk::storage {
class DraftStore;
}

namespace segurdesk::services {

// One line of the drafts a user can resume: what names it, how far it went and where it stands.
struct DraftSummary
{
    QString id;
    // Translated; set when the draft cannot be read (damaged, from a newer version): the other
    // fields are then empty.
    QString problem;
    storage::Draft::State state = storage::Draft::State::Editing;
    int step = 0;
    QDateTime modifiedAt;
    QString siret;
    QString companyName;
    QString receiptNumber; // once the portal received it
};

// The user's drafts, for a front end's list: list them, delete one, duplicate one as the start
// of another request. Each request opens the local data (LocalData), works on a worker and lets go
// of the data at once; listed() follows every request that could read the drafts, after its
// done() or failed(). Asynchronous and used on the thread that owns it, one request at a time.
class DraftLibrary : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftLibrary)

public:
    explicit DraftLibrary(QObject* parent = nullptr);
    ~DraftLibrary() override;

    bool isBusy() const { return m_busy; }

    void refresh();
    void remove(const QString& id);
    // done() carries the copy's id.
    void duplicate(const QString& id);

signals:
    void listed(const QList<segurdesk::services::DraftSummary>& drafts);
    // The removal or duplication asked is done: `id` is the draft removed, or the new copy.
    void done(const QString& id);
    void failed(const QString& message);
    // Instead of failed(): the drafts are protected by a passphrase not given in this session
    // (`choose` false), or no keychain answers and the user must choose one (`choose` true). Once
    // a LocalData has opened with it (SessionKey), requests work again.
    void passphraseNeeded(bool choose);

private:
    struct Result
    {
        QString id;
        QString failure; // translated
        std::optional<bool> passphraseNeeded; // whether to choose one
        bool listed = false;
        QList<DraftSummary> drafts;
    };
    // The change a request makes before the list is read; returns the id it is about.
    using Change = std::function<storage::StorageError(storage::DraftStore&, QString& id)>;

    void run(Change change);

    bool m_busy = false;
};

} // namespace segurdesk::services
