#include "app/enrollment/TemplateDownloads.h"

#include "app/widgets/FileDialogs.h"
#include "core/services/Worker.h"
#include "core/storage/SavedFile.h"

#include <QDir>
#include <QLabel>

namespace segurdesk::enrollment {

TemplateDownloads::TemplateDownloads(QLabel* links, QLabel* message, services::PortalLookups& lookups)
    : QObject(links)
    , m_links(links)
    , m_message(message)
    , m_lookups(lookups)
{
    m_message->hide();
    connect(m_links, &QLabel::linkActivated, this, [this](const QString& name) {
        const QString suggested
            = name == QLatin1String("mandate") ? tr("mandate-model.pdf") : tr("service-contract-model.pdf");
        widgets::chooseFileToSave(m_links, tr("Save the model"), tr("PDF documents (*.pdf)"),
                                  QDir::home().filePath(suggested),
                                  [this, name](const QString& path) { download(name, path); });
    });
    connect(&m_lookups, &services::PortalLookups::templateReady, this, &TemplateDownloads::save);
    connect(&m_lookups, &services::PortalLookups::failed, this,
            [this](services::PortalLookups::Kind kind, const portal::PortalError& error) {
                if (kind == services::PortalLookups::Kind::Template && !m_path.isEmpty()) {
                    m_path.clear();
                    showMessage(tr("The model could not be downloaded: %1").arg(error.message()));
                }
            });
    retranslate();
}

TemplateDownloads::~TemplateDownloads() = default;

void TemplateDownloads::retranslate()
{
    m_links->setText(tr("Models offered by the portal: <a href=\"service-contract\">service contract</a>, "
                        "<a href=\"mandate\">mandate of the legal representative</a>."));
}

void TemplateDownloads::download(const QString& name, const QString& path)
{
    m_path = path;
    showMessage(tr("Downloading the model…"));
    m_lookups.downloadTemplate(name);
}

void TemplateDownloads::save(const QByteArray& content)
{
    if (m_path.isEmpty())
        return;
    const QString path = std::exchange(m_path, QString());
    services::runOnWorker(
        this, [content, path] { return storage::saveFile(path, content); },
        [this, path](const QString& error) {
            showMessage(error.isEmpty() ? tr("The model is saved in %1.").arg(QDir::toNativeSeparators(path))
                                        : tr("The model could not be saved: %1").arg(error));
        });
}

void TemplateDownloads::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace segurdesk::enrollment
