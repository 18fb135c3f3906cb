#include "app/enrollment/RecapDocument.h"

#include "core/validation/Iban.h"

#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace segurdesk::enrollment {

namespace {

// One step's table: rows of label and value, the empty values shown as such.
class Section
{
public:
    void row(const QString& label, const QString& value)
    {
        const QString shown = value.trimmed().isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped();
        m_rows
            += QStringLiteral("<tr><td width=\"38%\">%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), shown);
    }
    void documents(int step, const model::AttachmentSet& attachments)
    {
        for (const model::DocumentKind kind : model::allDocumentKinds()) {
            const model::Attachment* attached = attachments.find(kind);
            if (attached && model::documentStep(kind) == step)
                row(model::documentLabel(kind), attached->reference);
        }
    }
    QString html(const QString& heading) const
    {
        return QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%2</table>")
            .arg(heading, m_rows);
    }

private:
    QString m_rows;
};

QString yesNo(std::optional<bool> answer)
{
    if (!answer)
        return {};
    return *answer ? RecapDocument::tr("Yes") : RecapDocument::tr("No");
}

void person(Section& section, const model::Person& who)
{
    section.row(RecapDocument::tr("Name"), QStringList {who.firstName, who.lastName}.join(QLatin1Char(' ')));
    section.row(RecapDocument::tr("Email"), who.email);
    section.row(RecapDocument::tr("Telephone"), who.phone);
    section.row(RecapDocument::tr("Identity document"),
                who.idDocumentType ? model::identityDocumentTypeLabel(*who.idDocumentType) : QString());
}

QString addressText(const model::Address& address)
{
    QStringList lines {address.recipient, address.building,
                       QStringList {address.extension, address.street}.join(QLatin1Char(' ')), address.complement,
                       QStringList {address.postalCode, address.city}.join(QLatin1Char(' '))};
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    return lines.join(QStringLiteral(", "));
}

} // namespace

QString RecapDocument::html(const model::Dossier& dossier, const model::AttachmentSet& attachments, bool editLinks)
{
    const auto heading = [editLinks](int step, const QString& title) {
        const QString text = tr("Step %1: %2").arg(step).arg(title.toHtmlEscaped());
        return editLinks ? QStringLiteral("%1 &nbsp; <a href=\"step:%2\">%3</a>").arg(text).arg(step).arg(tr("Edit"))
                         : text;
    };
    QString html;

    Section referencing;
    referencing.row(tr("ANS referencing number"), dossier.referencing.number);
    referencing.row(tr("DSR"), dossier.referencing.dsr);
    referencing.row(tr("MSS solution"), dossier.referencing.solutionName);
    QStringList developer {dossier.referencing.developerName, dossier.referencing.developerSiret};
    developer.removeAll(QString());
    referencing.row(tr("Developer operator"), developer.join(QStringLiteral(" — ")));
    referencing.documents(1, attachments);
    html += referencing.html(heading(1, tr("referencing")));

    Section applicant;
    applicant.row(tr("SIRET"), dossier.applicant.siret);
    applicant.row(tr("Company name"), dossier.applicant.companyName);
    applicant.row(tr("Trade name"), dossier.applicant.tradeName);
    applicant.row(tr("Address"), addressText(dossier.applicant.address));
    applicant.row(tr("Filed by the legal representative"), yesNo(dossier.applicant.isLegalRepresentative));
    person(applicant, dossier.representative);
    if (dossier.isThirdPartyFiling()) {
        applicant.row(tr("Capacity as third-party filer"),
                      dossier.thirdPartyRole ? model::thirdPartyRoleLabel(*dossier.thirdPartyRole) : QString());
        person(applicant, dossier.depositor);
    }
    applicant.documents(2, attachments);
    html += applicant.html(heading(2, tr("applicant")));

    Section bank;
    bank.row(tr("IBAN"), validation::ibanPaperFormat(dossier.bank.iban));
    bank.row(tr("BIC"), dossier.bank.bic);
    bank.row(tr("Account holder"), dossier.bank.holder);
    bank.row(tr("Domiciliation"), dossier.bank.domiciliation);
    bank.documents(3, attachments);
    html += bank.html(heading(3, tr("bank details")));

    Section vat;
    vat.row(tr("VAT rate"), dossier.vatRate ? dossier.vatRate->label() : QString());
    vat.documents(4, attachments);
    html += vat.html(heading(4, tr("VAT rate")));
    return html;
}

QString RecapDocument::receiptSummary(const storage::SubmissionReceipt& receipt)
{
    const QString mails[]
        = {tr("an acknowledgement of receipt, now;"), tr("the validation of the enrollment by the ASP;"),
           tr("your credentials for the portal: a login and an initial password, or, if you already have an ASP "
              "Connect account, the access opened on it.")};
    QString items;
    for (const QString& mail : mails)
        items += QStringLiteral("<li>%1</li>").arg(mail.toHtmlEscaped());
    return QStringLiteral("<p>%1<br>%2</p><p>%3</p><ol>%4</ol>")
        .arg(tr("Dossier number: <b>%1</b>").arg(receipt.number.toHtmlEscaped()),
             tr("Received on %1")
                 .arg(QLocale().toString(receipt.receivedAt.toLocalTime(), QLocale::LongFormat))
                 .toHtmlEscaped(),
             tr("The portal sends three mails to the representative's address:").toHtmlEscaped(), items);
}

QString RecapDocument::receiptHtml(const storage::SubmissionReceipt& receipt, const model::Dossier& dossier,
                                   const model::AttachmentSet& attachments)
{
    return QStringLiteral("<h2>%1</h2>%2%3")
        .arg(tr("Enrollment request received by the ASP portal").toHtmlEscaped(), receiptSummary(receipt),
             html(dossier, attachments, false));
}

bool RecapDocument::writePdf(const QString& html, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Enrollment request — Ségur Desk"));
        writer.setCreator(QStringLiteral("Ségur Desk"));
        print(html, &writer);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RecapDocument::print(const QString& html, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(device);
}

} // namespace segurdesk::enrollment
