#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace segurdesk::sandbox {

// The ASP's decision to grant the advance (décision d'attribution), a real PDF.
class DecisionLetter
{
    Q_DECLARE_TR_FUNCTIONS(DecisionLetter)

public:
    struct Data
    {
        QString companyName;
        QString siret;
        QString address;
        QString enrollmentNumber;
        QString advanceNumber;
        QString amountHt; // "6666.67"
        QString amountTtc; // "8000.00"
        QString vatLabel; // "20 %"
        QString reference; // arrêté
        QDateTime decidedAt;
    };
    static QByteArray render(const Data& data);
};

} // namespace segurdesk::sandbox
