# Fails when code under core/ or app/ waits on its caller's thread: a nested event loop
# (QEventLoop, processEvents), a blocking waitFor… call, or a sleep. Services and windows report
# with signals instead (docs/architecture.md, "Threads and waiting").
# Run as: cmake -DSOURCE_DIR=... -P CheckNoWaiting.cmake

# file|call: the one documented exception, the sandbox's destructor collecting its killed child.
set(allowed "core/portal/EmbeddedSandbox.cpp|m_process.waitForFinished()")

set(waiting_pattern "QEventLoop|processEvents|waitFor[A-Z][A-Za-z]*\\(|sleep\\(|sleep_for|sleep_until")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${waiting_pattern}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(line MATCHES "^//")
            continue()
        endif()
        set(exempt FALSE)
        foreach(entry IN LISTS allowed)
            string(REPLACE "|" ";" parts "${entry}")
            list(GET parts 0 file)
            list(GET parts 1 call)
            string(FIND "${line}" "${call}" at)
            if(source STREQUAL file AND at GREATER -1)
                set(exempt TRUE)
            endif()
        endforeach()
        if(NOT exempt)
            string(APPEND found "  ${source}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "code that waits on its caller's thread:\n${found}")
endif()
list(LENGTH sources count)
message(STATUS "no waiting in ${count} files of core/ and app/")
