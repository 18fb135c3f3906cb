#pragma once

#include "core/files/FileInspection.h"
#include "core/files/FileInspector.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace segurdesk::services {
class AttachmentCheck;
}

namespace segurdesk::widgets {

class DocumentMaker;

// One document of the dossier (a Kbis, a RIB, an identity document...): the limits shown before
// any file is chosen, a file picked with the dialog or dropped on the field, checked off the GUI
// thread (services::AttachmentCheck), then its type, size, pages or pixels and a thumbnail, with
// preview, replace and remove. A refusal says why and what to do; a file that is refused while
// another is attached leaves the attached one in place. A photo refused for its weight or size can
// be made lighter, and photos of several pages put into one PDF (DocumentMaker): the new file is
// then checked like any other.
//
// The field only reports: attached() once a file is accepted, refused() with the reason shown,
// removed() when the user takes the file away. Whoever owns the dossier keeps the file.
class DocumentField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentField)

public:
    explicit DocumentField(const QString& title, QWidget* parent = nullptr);
    ~DocumentField() override;

    // The size of a thumbnail, in device pixels, on the screen `widget` is on.
    static QSize thumbnailPixels(const QWidget* widget);

    // The document's name, translated by the page that shows the field.
    void setTitle(const QString& title);
    QString title() const;
    // The portal's limits (from /config), shown in the hint and applied to the next file.
    void setLimits(const files::InspectionLimits& limits);

    // Shows a file the dossier already holds (a page shown again) as accepted: its name and
    // details at once, and its thumbnail once it has been read again off the GUI thread. A file
    // that changed since is refused then, like any other choice.
    void restore(const QString& path, const files::FileInspection& inspection);
    // Shows a document that has no file of its own: the encrypted copy a resumed draft keeps,
    // inspected and drawn when the draft was opened. It cannot be previewed; it can be replaced
    // or removed like any other.
    void restoreKept(const QString& fileName, const files::FileInspection& inspection, const QImage& thumbnail);
    // Forgets the document shown, as "Retirer" does, without reporting removed().
    void clear();

    bool hasDocument() const { return !m_fileName.isEmpty(); }
    const QString& fileName() const { return m_fileName; }
    // The accepted file; empty when none is attached, or for a document restoreKept() shows.
    const QString& filePath() const { return m_path; }
    const files::FileInspection& inspection() const { return m_inspection; }
    // Checking a file, or making one.
    bool isChecking() const;

signals:
    void attached(const QString& path, const segurdesk::files::FileInspection& inspection);
    void refused(const QString& path, const QString& message);
    void removed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void choose();
    void check(const QString& path);
    void showChecked(const QString& path, const files::FileInspection& inspection, const QImage& thumbnail);
    void showThumbnail(const QImage& thumbnail);
    // Stops the check of a file being checked, or the making of one: its answer is dropped.
    void cancelCheck();
    void showMade(const QString& path);
    void showNotMade(const QString& message);
    void remove();
    void preview();
    void showRefusal(const QString& fileName, const QString& message);
    void showState();
    void retranslate();

    services::AttachmentCheck* m_check;
    DocumentMaker* m_maker;
    QString m_path;
    QString m_fileName;
    files::FileInspection m_inspection;
    QString m_checking; // the file being checked
    QString m_making; // the file being made
    QString m_refusal;
    QString m_tooHeavyPhoto; // the photo refused, which can be made lighter

    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_thumbnail;
    QLabel* m_nameLabel;
    QLabel* m_details;
    // What is being checked or made, above m_busy.
    QLabel* m_progress;
    QProgressBar* m_busy;
    // Why the last file was refused or could not be made.
    QLabel* m_message;
    QPushButton* m_chooseButton;
    QPushButton* m_previewButton;
    QPushButton* m_removeButton;
    QPushButton* m_lighterButton;
    QPushButton* m_combineButton;
};

} // namespace segurdesk::widgets
