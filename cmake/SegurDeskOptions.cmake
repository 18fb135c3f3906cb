# Project-wide compile policy: strict warnings, Qt string-cast hygiene and optional sanitizers,
# applied through the segurdesk_options interface target that every project target links.
add_library(segurdesk_options INTERFACE)
target_compile_definitions(segurdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(segurdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(SEGURDESK_WERROR)
    target_compile_options(segurdesk_options INTERFACE -Werror)
endif()

if(SEGURDESK_SANITIZE)
    string(REPLACE "," ";" _sanitizers "${SEGURDESK_SANITIZE}")
    list(JOIN _sanitizers "," _sanitize_flag)
    target_compile_options(segurdesk_options INTERFACE -fsanitize=${_sanitize_flag} -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=all)
    target_link_options(segurdesk_options INTERFACE -fsanitize=${_sanitize_flag})
endif()
