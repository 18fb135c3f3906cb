# Fails when code under core/, app/, cli/ or sandbox/ starts work on another thread by any other
# way than services::runOnWorker (core/services/Worker.h, .cpp), which gives back each job's OpenSSL
# state before the pool thread goes idle (crypto::ThreadStateRelease says why).
# Run as: cmake -DSOURCE_DIR=... -P CheckWorkerJobs.cmake

set(thread_pattern "QtConcurrent::|QThreadPool|std::thread|std::jthread|std::async|QThread::create")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/cli/*.h" "${SOURCE_DIR}/cli/*.cpp"
     "${SOURCE_DIR}/sandbox/*.h" "${SOURCE_DIR}/sandbox/*.cpp")
set(found "")
foreach(source IN LISTS sources)
    if(source MATCHES "^core/services/Worker\\.(h|cpp)$")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${thread_pattern}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(NOT line MATCHES "^//")
            string(APPEND found "  ${source}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "work started on another thread without services::runOnWorker:\n${found}")
endif()
list(LENGTH sources count)
message(STATUS "every worker job of ${count} files goes through services::runOnWorker")
