#pragma once

#include <QJsonObject>
#include <QString>

namespace segurdesk::test {

// Writes valid dossier files (docs/dossier-format.md) for the sandbox's fixtures: a developer
// operator (MEDIMAIL CONNECT SA, referencing MSS-2022-0042) filed by its legal representative,
// with real documents made at test time (a one-page PDF from QPdfWriter, PNG and JPEG from
// QImage) shared by every dossier of the folder. Each index gets its own trade name, so that
// rows on the portal can be counted per dossier.
class DossierFactory
{
public:
    static constexpr const char* Iban = "FR76 3000 6000 0112 3456 7890 189";
    static constexpr const char* LastName = "Kowalczyk-Ébrard";
    static constexpr const char* Siret = "58816302200019";

    // `documentBytes` > 0 pads every PDF document to that size (benchmarks).
    explicit DossierFactory(QString dir, qint64 documentBytes = 0);

    static QString tradeName(int index);
    QJsonObject dossierJson(int index) const;
    // Writes dossier-NNNN.json; returns its path.
    QString write(int index) const;
    QString write(int index, const QJsonObject& json) const;

    QString dir() const { return m_dir; }

private:
    QString m_dir;
};

} // namespace segurdesk::test
