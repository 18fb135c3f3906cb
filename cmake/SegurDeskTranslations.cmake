# Compiles translations/*.ts into .qm files embedded in an executable under :/i18n,
# where core/i18n/Translations loads them. The .ts files are refreshed by scripts/update-translations.
set(SEGURDESK_TS_FILES
    ${CMAKE_SOURCE_DIR}/translations/segurdesk_fr.ts
    ${CMAKE_SOURCE_DIR}/translations/segurdesk_en.ts)

function(segurdesk_embed_translations target)
    qt_add_lrelease(${target} TS_FILES ${SEGURDESK_TS_FILES} QM_FILES_OUTPUT_VARIABLE _qm_files)
    qt_add_resources(${target} "${target}_translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
                     FILES ${_qm_files})
endfunction()
