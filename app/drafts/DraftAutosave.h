#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace segurdesk::services {
class DraftKeeper;
}

namespace segurdesk::enrollment {
class DossierEditor;
}

namespace segurdesk::drafts {

// Saves the dossier an editor holds into its draft (services::DraftKeeper) as the user works: a
// pause in the typing, and every change of step, writes it; nothing is written before something
// was typed. Says when the draft was last written, and, until a save succeeds again, why the
// last one failed.
class DraftAutosave : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosave)

public:
    // Long enough not to write at each keystroke, short enough that a crash loses little.
    static constexpr int PauseMs = 1500;

    // `editor` and `keeper` must outlive this object.
    DraftAutosave(enrollment::DossierEditor& editor, services::DraftKeeper& keeper, QObject* parent = nullptr);
    ~DraftAutosave() override;

    // The editor now holds a resumed draft, left on `step` and written at `savedAt`.
    void resume(int step, const QDateTime& savedAt);
    // The user is now on `step`: what was typed is written at once, with the step.
    void setStep(int step);
    // Writes what is not written yet, now; after a failed save, tries again.
    void saveNow();
    // The request is abandoned: nothing more is written.
    void stop();

    // Something typed waits to be written, or is being written.
    bool isPending() const;
    QDateTime lastSaved() const { return m_lastSaved; }
    // Translated; empty once a save has succeeded again.
    QString failure() const { return m_failure; }

signals:
    // After every save, successful or not, and after a change waits to be written.
    void stateChanged();
    // Before the failure of a save for want of the drafts' passphrase (DraftKeeper's).
    void passphraseNeeded(bool choose);

private:
    enrollment::DossierEditor& m_editor;
    services::DraftKeeper& m_keeper;
    QTimer m_pause;
    int m_step = 1;
    bool m_changed = false;
    bool m_stopped = false;
    QDateTime m_lastSaved;
    QString m_failure;
};

} // namespace segurdesk::drafts
