#include "app/drafts/DraftAutosave.h"

#include "app/enrollment/DossierEditor.h"
#include "core/services/DraftKeeper.h"

namespace segurdesk::drafts {

DraftAutosave::DraftAutosave(enrollment::DossierEditor& editor, services::DraftKeeper& keeper, QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_keeper(keeper)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &DraftAutosave::saveNow);
    connect(&m_editor, &enrollment::DossierEditor::changed, this, [this] {
        if (!m_editor.isTouched())
            return;
        m_changed = true;
        m_pause.start();
        emit stateChanged();
    });
    connect(&m_keeper, &services::DraftKeeper::saved, this, [this](const QDateTime& at) {
        m_lastSaved = at;
        m_failure.clear();
        emit stateChanged();
    });
    connect(&m_keeper, &services::DraftKeeper::passphraseNeeded, this, &DraftAutosave::passphraseNeeded);
    connect(&m_keeper, &services::DraftKeeper::saveFailed, this, [this](const QString& message) {
        m_failure = message;
        emit stateChanged();
    });
}

DraftAutosave::~DraftAutosave() = default;

void DraftAutosave::setStep(int step)
{
    if (step != m_step)
        m_changed = m_changed || m_editor.isTouched();
    m_step = step;
    saveNow();
}

void DraftAutosave::resume(int step, const QDateTime& savedAt)
{
    m_pause.stop();
    m_step = step;
    m_lastSaved = savedAt;
    m_changed = false;
    emit stateChanged();
}

void DraftAutosave::saveNow()
{
    m_pause.stop();
    if (m_stopped)
        return;
    // After a failure, what the draft lacks is written again even if nothing changed since.
    if (!std::exchange(m_changed, false) && m_failure.isEmpty())
        return;
    m_keeper.save(m_editor.content(m_step));
    emit stateChanged();
}

void DraftAutosave::stop()
{
    m_stopped = true;
    m_pause.stop();
    m_changed = false;
}

bool DraftAutosave::isPending() const
{
    return m_changed || m_keeper.isSaving();
}

} // namespace segurdesk::drafts
