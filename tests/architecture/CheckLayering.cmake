# Fails when a target depends, directly or transitively, on something its layer forbids.
# Run as: cmake -DSOURCE_DIR=... -DWORK_DIR=... -P CheckLayering.cmake
# The dependency graph comes from a configure-only run with --graphviz, so it reflects
# exactly what the CMakeLists declare.

# target|forbidden,dependencies
set(rules
    "segurdesk_core|Qt6::Widgets,segurdesk_gui"
    "segurdesk_portal|Qt6::Widgets,segurdesk_gui"
    "segurdesk_services|Qt6::Widgets,segurdesk_gui,segurdesk_cli"
    "segurdesk_cli|Qt6::Widgets,segurdesk_gui"
    "segurdesk-sandbox|segurdesk_portal,segurdesk_gui,Qt6::Widgets"
)

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G Ninja
            -DSEGURDESK_BUILD_TESTS=OFF -DSEGURDESK_BUILD_BENCH=OFF "--graphviz=${WORK_DIR}/graph/deps.dot"
    RESULT_VARIABLE configure_result OUTPUT_QUIET ERROR_VARIABLE configure_errors)
if(NOT configure_result EQUAL 0)
    message(FATAL_ERROR "configure for the dependency graph failed:\n${configure_errors}")
endif()

set(violations "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    string(REPLACE "," ";" parts "${parts}")
    list(GET parts 0 target)
    list(SUBLIST parts 1 -1 forbidden)
    set(graph "${WORK_DIR}/graph/deps.dot.${target}")
    if(NOT EXISTS "${graph}")
        string(APPEND violations "  ${target}: no such target in the build (rename the rule too)\n")
        continue()
    endif()
    file(READ "${graph}" dependencies)
    foreach(dependency IN LISTS forbidden)
        if(dependencies MATCHES "label = \"${dependency}\"")
            string(APPEND violations "  ${target} depends on ${dependency}\n")
        endif()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "layering violations:\n${violations}")
endif()
message(STATUS "layering respected (${rules})")
