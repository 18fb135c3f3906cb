#include "sandbox/api/AdminRoutes.h"

#include "sandbox/api/EnrollmentRoutes.h"

#include <QJsonDocument>

namespace segurdesk::sandbox {

void AdminRoutes::install(Router& router, SandboxServices& services)
{
    router.add(
        "POST", QStringLiteral("/sandbox/enrollments/{id}/decide"), Access::Admin,
        [&services](RequestContext& context) {
            QJsonObject body;
            if (!context.request.body.trimmed().isEmpty()) {
                const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
                if (!document.isObject())
                    return context.fail(Problem(400, QStringLiteral("malformed-request")));
                body = document.object();
            }
            const QString decision = body.value(QLatin1String("decision")).toString(QStringLiteral("validated"));
            static const QStringList decisions {QStringLiteral("validated"), QStringLiteral("incomplete"),
                                                QStringLiteral("rejected")};
            if (!decisions.contains(decision)) {
                return context.fail(Problem(422, QStringLiteral("validation-failed"))
                                        .addError(QStringLiteral("decision"), QStringLiteral("field.invalid_choice"),
                                                  tr("The decision is validated, incomplete or rejected.")));
            }
            const qint64 id = context.param(QStringLiteral("id")).toLongLong();
            switch (services.instruction->decide(id, decision, body.value(QLatin1String("comment")).toString())) {
            case InstructionService::Outcome::NotFound:
                return context.fail(Problem(404, QStringLiteral("not-found")));
            case InstructionService::Outcome::AlreadyDecided:
                return context.fail(Problem(409, QStringLiteral("already-decided")));
            case InstructionService::Outcome::Failed:
                return context.fail(Problem(500, QStringLiteral("internal-error")));
            case InstructionService::Outcome::Decided:
                break;
            }
            return HttpResponse::bytes(200, QByteArrayLiteral("application/json"),
                                       EnrollmentRoutes::enrollmentBody(services, id, 0));
        });

    router.add("POST", QStringLiteral("/sandbox/clock"), Access::Admin, [&services](RequestContext& context) {
        const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
        const QJsonValue seconds = document.object().value(QLatin1String("advance_seconds"));
        if (!document.isObject() || !seconds.isDouble() || seconds.toDouble() < 0) {
            return context.fail(Problem(422, QStringLiteral("validation-failed"))
                                    .addError(QStringLiteral("advance_seconds"), QStringLiteral("field.required"),
                                              tr("Give the number of seconds to move the clock forward (0 or more).")));
        }
        services.clock.advance(qint64(seconds.toDouble()));
        services.runDue();
        return HttpResponse::json(200,
                                  QJsonObject {{QStringLiteral("now"), services.clock.now().toString(Qt::ISODate)}});
    });
}

} // namespace segurdesk::sandbox
