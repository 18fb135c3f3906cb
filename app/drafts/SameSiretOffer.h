#pragma once

#include "core/services/DraftLibrary.h"

#include <QObject>
#include <QPointer>

namespace segurdesk::enrollment {
class DossierEditor;
}

namespace segurdesk::services {
class DraftKeeper;
}

namespace segurdesk::drafts {

// Once the SIRET typed in a request is a valid one it did not hold before, looks for another draft
// not yet sent for that SIRET (services::DraftLibrary, off the GUI thread) and offers to resume it
// instead of filing a second request; asked once per SIRET. Answered yes, it says so with
// accepted(), and removeDraft() then takes away the request being typed.
class SameSiretOffer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SameSiretOffer)

public:
    // `editor` and `keeper` (whose draft is the request being typed) must outlive this object.
    SameSiretOffer(const enrollment::DossierEditor& editor, const services::DraftKeeper& keeper,
                   QObject* parent = nullptr);
    ~SameSiretOffer() override;

    // The window the question is asked over, once the request is on screen: the SIRET it holds
    // then (a resumed draft's) is not offered against.
    void setWindow(QWidget* window);
    // Deletes draft `id`; removed() follows, whether it could be or not (the draft list says).
    void removeDraft(const QString& id);

signals:
    void accepted(const QString& existingId);
    void removed();

private:
    void checkSiret();
    void offer(const QList<services::DraftSummary>& drafts);
    void answered();

    const enrollment::DossierEditor& m_editor;
    const services::DraftKeeper& m_keeper;
    services::DraftLibrary m_library;
    QPointer<QWidget> m_window;
    QString m_checked; // the SIRET last looked for, or the one the request began with
    QString m_toRemove; // waits for the library to be free
    bool m_removing = false;
};

} // namespace segurdesk::drafts
