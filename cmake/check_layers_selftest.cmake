# Proves the layer check fails where it must: runs it on
# cmake/layer_check_fixture/, a tree that breaks each rule once, and expects
# every break named. Run: cmake -DRULES=<build>/layer_rules.cmake -P check_layers_selftest.cmake
cmake_minimum_required(VERSION 3.25)
set(fixture ${CMAKE_CURRENT_LIST_DIR}/layer_check_fixture)
execute_process(COMMAND ${CMAKE_COMMAND} -DSRC=${fixture} -DRULES=${RULES}
                        -P ${CMAKE_CURRENT_LIST_DIR}/check_layers.cmake
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(said "${out}${err}")
if(result EQUAL 0)
  message(FATAL_ERROR "The layer check passed a tree with bad includes:\n${said}")
endif()
foreach(expected IN ITEMS
    "core/base/reaches_up.cpp:3: core/base includes \"core/jobs/job_matching.h\""
    "core/profile/reaches_up.h:4: core/profile includes \"core/storage/open_profile.h\""
    "core/jobs/draws.cpp:2: core/jobs includes <SDL2/SDL.h>"
    "core/jobs/draws.cpp:3: core/jobs includes <imgui.h>"
    "core/summary/reaches_up.cpp:1: core/summary includes \"workspace/workspace.h\""
    "core/summary/reaches_up.cpp:2: \"core/summary.h\" names no core domain"
    "6 include(s) break the layers")
  string(FIND "${said}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "The layer check did not name: ${expected}\nIt said:\n${said}")
  endif()
endforeach()
message("The layer check found every bad include in the fixture.")
