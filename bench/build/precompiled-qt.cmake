# Loaded by compare-modes.sh through CMAKE_PROJECT_INCLUDE: once every target is defined,
# precompiles the Qt Core headers most of the project's units include, for the core libraries.
# An experiment, not part of the build: see compare-modes.sh.
set(SEGURDESK_PRECOMPILED_QT
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QLocale> <QObject> <QString> <QStringList> <QUrl>)
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR}
    CALL target_precompile_headers segurdesk_core PRIVATE ${SEGURDESK_PRECOMPILED_QT})
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR}
    CALL target_precompile_headers segurdesk_portal PRIVATE ${SEGURDESK_PRECOMPILED_QT})
