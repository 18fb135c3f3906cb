# Fails when code under core/, app/ or cli/ waits on its caller's thread: a nested event loop
# (QEventLoop, processEvents), a blocking waitFor… call, or a sleep. Services and windows report
# with signals instead, and the CLI's commands await them (cli/Task.h) inside the one event
# loop of their process (docs/architecture.md, "Threads and waiting").
# Run as: cmake -DSOURCE_DIR=... -P CheckNoWaiting.cmake

# file|call: the documented exceptions: each executable's one event loop, and the wait for the
# services' workers once it has returned.
set(allowed "app/main.cpp|QApplication::exec()" "cli/main.cpp|QCoreApplication::exec()"
    "core/services/Worker.cpp|workerPool().waitForDone()")

# Nested loops (QEventLoop, processEvents, and in the front ends any exec(), such as a dialog's,
# and the static QMessageBox, QFileDialog and QInputDialog calls that run one), blocking waits
# and sleeps. Under core/, exec() is QSqlQuery's and waits for nothing.
set(waiting_pattern "QEventLoop|processEvents|waitFor[A-Z][A-Za-z]*\\(|QThread::wait|sleep\\(|sleep_for|sleep_until")
set(gui_waiting_pattern "${waiting_pattern}|exec\\(\\)|QMessageBox::(about|information|warning|critical|question)\\(|QFileDialog::get|QInputDialog::get")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/cli/*.h" "${SOURCE_DIR}/cli/*.cpp")
set(found "")
foreach(source IN LISTS sources)
    if(source MATCHES "^(app|cli)/")
        file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${gui_waiting_pattern}")
    else()
        file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${waiting_pattern}")
    endif()
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
message(STATUS "no waiting in ${count} files of core/, app/ and cli/")
