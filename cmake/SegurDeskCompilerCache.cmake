# Compiles through ccache when it is on PATH (SEGURDESK_CCACHE=OFF turns it off; a launcher given
# with -DCMAKE_CXX_COMPILER_LAUNCHER wins). The cache is ccache's own, in the user's cache folder
# (~/.cache/ccache, or $CCACHE_DIR), never in the build tree, so that every build folder and every
# clone of the sources share it. Paths under the source root are hashed relative to it (base_dir)
# and the working folder is left out of the hash (hash_dir false): a fresh clone in another folder
# hits what an earlier build of the same sources stored. The price: the compiler sees paths relative
# to the build folder (__FILE__ in test failures and assertions reads "../../core/..."), and debug
# information names the folder the object was first compiled in, so a debugger or a sanitizer's
# symbolised trace may name a file in another clone of the same sources.
option(SEGURDESK_CCACHE "Compile through ccache when it is installed" ON)

if(SEGURDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(SEGURDESK_CCACHE_PROGRAM ccache)
    if(SEGURDESK_CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER
            ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${CMAKE_SOURCE_DIR} CCACHE_NOHASHDIR=1
            ${SEGURDESK_CCACHE_PROGRAM})
        message(STATUS "Compiling through ${SEGURDESK_CCACHE_PROGRAM}")
    endif()
endif()
