#pragma once

#include "core/files/FileInspector.h"
#include "core/files/PhotoDocuments.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace segurdesk::widgets {

// What a document field makes, on the user's request, from photos the portal refuses as they
// are (files::PhotoDocuments): a photo too heavy or too large made lighter, and photos of several
// pages (an identity card's front and back) put into one PDF. Each asks where to save the new
// file, proposing the photos' folder; the photos themselves are only read. Reading and making run
// on a worker, then writing on another once the result is still wanted; made() then gives the new
// file, or failed() says why.
//
// Used on the GUI thread. A new request, or cancel(), drops the answer of the one before.
class DocumentMaker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentMaker)

public:
    // `dialogParent` owns the maker and the dialogs it opens.
    explicit DocumentMaker(QWidget* dialogParent);
    ~DocumentMaker() override;

    // The portal's limits (from /config), which what is made must respect.
    void setLimits(const files::InspectionLimits& limits) { m_limits = limits; }

    void makeLighter(const QString& photo);
    void combinePhotos();
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // The file chosen to be made; what is made follows from the worker.
    void started(const QString& fileName);
    void made(const QString& path);
    void failed(const QString& message);

private:
    enum class Kind { Lighter, Pdf };
    // Blocking: on the worker. Reads the photos and makes the new content, without writing it.
    static files::PhotoDocuments::Made makeContent(bool lighter, const QStringList& photos, const QString& target,
                                                   const files::InspectionLimits& limits);
    void make(Kind kind, const QStringList& photos, const QString& target);
    // Ends request `generation` unless a newer one, or cancel(), came since.
    void finish(quint64 generation, const QString& failure, const QString& target);

    QWidget* m_dialogParent;
    files::InspectionLimits m_limits;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace segurdesk::widgets
