#pragma once

#include "core/services/PortalLookups.h"

#include <QObject>

class QLabel;

namespace segurdesk::enrollment {

// The portal's model documents for a tiers déclarant (the service contract and the mandate) as
// links in `links`: a click asks where to save the model, the portal gives it, and it is written
// off the GUI thread; `message` says how it went. Only the last model asked for is saved.
class TemplateDownloads : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDownloads)

public:
    // `links`, `message` and `lookups` must outlive this object; `links` is its parent.
    TemplateDownloads(QLabel* links, QLabel* message, services::PortalLookups& lookups);
    ~TemplateDownloads() override;

    // The links' text in the current language.
    void retranslate();

private:
    void download(const QString& name, const QString& path);
    void save(const QByteArray& content);
    void showMessage(const QString& text);

    QLabel* m_links;
    QLabel* m_message;
    services::PortalLookups& m_lookups;
    QString m_path; // where the model being downloaded goes
};

} // namespace segurdesk::enrollment
