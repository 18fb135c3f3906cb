#include "app/drafts/SameSiretOffer.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/Questions.h"
#include "core/i18n/Translations.h"
#include "core/services/DraftKeeper.h"
#include "core/validation/Siret.h"

namespace segurdesk::drafts {

namespace {

// The 14 digits of a valid SIRET, else empty.
QString validSiret(const QString& text)
{
    const ValidationResult result = validation::validateSiret(text);
    return result.isValid() ? result.normalized : QString();
}

} // namespace

SameSiretOffer::SameSiretOffer(const enrollment::DossierEditor& editor, const services::DraftKeeper& keeper,
                               QObject* parent)
    : QObject(parent)
    , m_editor(editor)
    , m_keeper(keeper)
{
    connect(&m_editor, &enrollment::DossierEditor::changed, this, &SameSiretOffer::checkSiret);
    connect(&m_library, &services::DraftLibrary::listed, this, [this](const QList<services::DraftSummary>& drafts) {
        if (!m_removing && m_toRemove.isEmpty())
            offer(drafts);
        answered();
    });
    // A list that cannot be read (or not yet: the passphrase is asked on the home page) offers
    // nothing; a removal that failed leaves a draft the home page lists, to delete from there.
    connect(&m_library, &services::DraftLibrary::failed, this, &SameSiretOffer::answered);
    connect(&m_library, &services::DraftLibrary::passphraseNeeded, this, &SameSiretOffer::answered);
}

SameSiretOffer::~SameSiretOffer() = default;

void SameSiretOffer::setWindow(QWidget* window)
{
    m_window = window;
    m_checked = validSiret(m_editor.dossier().applicant.siret);
}

void SameSiretOffer::removeDraft(const QString& id)
{
    if (id.isEmpty()) {
        QMetaObject::invokeMethod(this, &SameSiretOffer::removed, Qt::QueuedConnection);
        return;
    }
    // The request goes: nothing more is offered for it.
    m_window = nullptr;
    m_toRemove = id;
    if (!m_library.isBusy())
        answered();
}

void SameSiretOffer::answered()
{
    if (std::exchange(m_removing, false)) {
        emit removed();
    } else if (!m_toRemove.isEmpty() && !m_library.isBusy()) {
        m_removing = true;
        m_library.remove(std::exchange(m_toRemove, QString()));
    }
}

void SameSiretOffer::checkSiret()
{
    const QString siret = validSiret(m_editor.dossier().applicant.siret);
    if (!m_window || siret.isEmpty() || siret == m_checked || m_library.isBusy())
        return;
    m_checked = siret;
    m_library.refresh();
}

void SameSiretOffer::offer(const QList<services::DraftSummary>& drafts)
{
    // The SIRET may have changed again while the drafts were read.
    if (!m_window || validSiret(m_editor.dossier().applicant.siret) != m_checked)
        return;
    const auto existing = std::find_if(drafts.cbegin(), drafts.cend(), [this](const services::DraftSummary& draft) {
        return draft.problem.isEmpty() && draft.id != m_keeper.draftId()
            && draft.state != storage::Draft::State::Submitted && validSiret(draft.siret) == m_checked;
    });
    if (existing == drafts.cend())
        return;
    const QString id = existing->id;
    const QString name = existing->companyName.trimmed().isEmpty() ? existing->siret : existing->companyName.trimmed();
    widgets::ask(m_window, tr("A draft exists for this SIRET"),
                 tr("The draft “%1”, last changed on %2, is already a request for this SIRET. Resume it rather than "
                    "start a second one? What you typed in this request is then abandoned.")
                     .arg(name, interfaceLocale().toString(existing->modifiedAt.toLocalTime(), QLocale::ShortFormat)),
                 tr("&Resume that draft"), tr("&Go on with this request"), [this, id](bool resume) {
                     if (resume)
                         emit accepted(id);
                 });
}

} // namespace segurdesk::drafts
