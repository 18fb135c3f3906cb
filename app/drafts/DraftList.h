#pragma once

#include "core/services/DraftLibrary.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace segurdesk::drafts {

// The home page's list of the user's enrollment drafts: what names each one, the step it reached,
// its last change and where it stands (being edited, its submission pending, sent with its
// number, or unreadable and why). A draft is resumed (double-click, Entrée or "Reprendre"),
// duplicated as the start of another request, or deleted after a confirmation. A draft whose
// submission is pending is resumed to be sent before it can be edited; a sent one can only be
// duplicated or deleted.
//
// The list is read off the GUI thread (services::DraftLibrary) when refresh() is asked, and after
// every duplication or deletion. Drafts protected by a passphrase not given yet in this session
// (or a computer without a keychain) are told so, with a button to give (or choose) it: the
// PassphraseDialog opens by itself the first time, then the list is read again.
class DraftList : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftList)

public:
    explicit DraftList(QWidget* parent = nullptr);
    ~DraftList() override;

    void refresh();
    bool lists(const QString& id) const;
    // The draft open in the wizard (empty: none) is not deleted from here.
    void setOpenDraft(const QString& id);
    // Resuming needs the portal: until it is reached, the drafts are listed but not resumed.
    void setResumable(bool resumable);

signals:
    void resumeRequested(const QString& id);
    // The drafts as just read, which the list now shows.
    void listed(const QList<segurdesk::services::DraftSummary>& drafts);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDrafts(const QList<services::DraftSummary>& drafts);
    void showButtons();
    void resume();
    void duplicate();
    void remove();
    const services::DraftSummary* current() const;
    QString nameOf(const services::DraftSummary& draft) const;
    void showMessage();
    void askPassphrase();
    void retranslate();

    services::DraftLibrary m_library;
    QList<services::DraftSummary> m_drafts;
    bool m_listed = false;
    QString m_openDraft;
    QString m_select; // the draft to make current once listed (a new copy)
    bool m_resumable = false;
    QString m_failure; // translated; told until the next request
    std::optional<bool> m_passphraseNeeded; // whether one must be chosen
    bool m_refreshWanted = false;
    bool m_askedPassphrase = false;

    QLabel* m_title;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_resumeButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    QPushButton* m_passphraseButton;
};

} // namespace segurdesk::drafts
