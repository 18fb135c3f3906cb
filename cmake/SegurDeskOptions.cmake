# Project-wide compile policy: strict warnings, Qt string-cast hygiene, optional sanitizers and
# the libFuzzer build, applied through the segurdesk_options interface target that every project
# target links.
add_library(segurdesk_options INTERFACE)
target_compile_definitions(segurdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    # The Windows build (.github/workflows/windows.yml): the sources are UTF-8, their French
    # literals included.
    target_compile_options(segurdesk_options INTERFACE /W4 /permissive- /utf-8)
    if(SEGURDESK_WERROR)
        target_compile_options(segurdesk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(segurdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(SEGURDESK_WERROR)
        target_compile_options(segurdesk_options INTERFACE -Werror)
    endif()
endif()

# SEGURDESK_SANITIZE=address,undefined: every project target is instrumented, and the first
# UBSan report aborts (-fno-sanitize-recover) so that ctest sees a failure instead of a log line.
# The system Qt is not instrumented; leaks inside it are suppressed by tests/sanitizer/lsan.supp.
if(SEGURDESK_SANITIZE)
    string(REPLACE "," ";" _sanitizers "${SEGURDESK_SANITIZE}")
    list(JOIN _sanitizers "," _sanitize_flag)
    target_compile_options(segurdesk_options INTERFACE -fsanitize=${_sanitize_flag} -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=all)
    target_link_options(segurdesk_options INTERFACE -fsanitize=${_sanitize_flag})

    # Every built executable, when CMake itself runs it (gtest_discover_tests lists tests at build
    # time) or ctest runs it, is started through this launcher so that the sanitizer runtime
    # options and the leak suppressions apply to discovery, tests and any process they spawn.
    # intercept_tls_get_addr=0: GCC 12's LeakSanitizer misreads the dynamic TLS block of a library
    # loaded at run time when glibc 2.36 allocated it with malloc (it takes the block for an old
    # glibc layout and records a range starting at 0x8dc), and its stop-the-world tracer then
    # dies on SIGSEGV at exit: "Tracer caught signal 11 ... LeakSanitizer has encountered a
    # fatal error" after every test passed. Without the interception such a block is not scanned
    # as a root, so memory held only by a thread-local variable of a dlopen()ed library would be
    # reported as a leak: none is, and a leak of the project's code still fails its test.
    set(SEGURDESK_LSAN_SUPPRESSIONS ${CMAKE_SOURCE_DIR}/tests/sanitizer/lsan.supp)
    set(SEGURDESK_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
        "LSAN_OPTIONS=suppressions=${SEGURDESK_LSAN_SUPPRESSIONS}:print_suppressions=0:intercept_tls_get_addr=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_COMMAND} -E env ${SEGURDESK_SANITIZER_ENV})
endif()

# SEGURDESK_FUZZ: the libFuzzer build of fuzz/ (clang only; scripts/fuzz configures it in its own
# build directory). Project code gets coverage instrumentation (fuzzer-no-link) and ASan + UBSan;
# only the fuzz targets link the libFuzzer driver.
option(SEGURDESK_FUZZ "Build the libFuzzer targets of fuzz/ (needs clang)" OFF)
if(SEGURDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SEGURDESK_FUZZ needs clang: configure with CC=clang CXX=clang++")
    endif()
    target_compile_options(segurdesk_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                       -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(segurdesk_options INTERFACE -fsanitize=address,undefined)
endif()
