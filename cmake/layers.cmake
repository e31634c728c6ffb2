# The levels of the source and the edges between them, enforced.
#
# Every checked folder (each core domain, src/workspace) says which folders
# its #includes may name. cmake/check_layers.cmake reads every .h and .cpp in
# those folders and fails with the file, the line and the rule broken when
#   - a core domain includes a domain that is not below it (not in its USES,
#     directly or through them), or any level above the core;
#   - src/core or src/workspace includes SDL or Dear ImGui (or, in the core,
#     espeak-ng).
# It runs when CMake configures and again, as part of the build, whenever a
# checked file changes (every library of a checked folder depends on it), so
# an upward include fails the build. ctest runs it too (layers.*), with a
# test that proves it catches a bad include (cmake/layer_check_fixture/).

# The folders of ours an #include "x/..." can name.
set(RIGHTJOB_OUR_FOLDERS core workspace export speech ui app)

# A core domain: src/core/<name>/*.cpp as the static library
# rightjob_core_<name>, linking the domains it USES (each added before it).
function(rightjob_core_domain name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "USES")
  set(allowed core/${name})
  set(libraries)
  foreach(used IN LISTS ARG_USES)
    if(NOT TARGET rightjob_core_${used})
      message(FATAL_ERROR "core/${name} uses core/${used}, which is not below it. "
                          "Domains are added lowest first in src/core/CMakeLists.txt.")
    endif()
    get_property(below GLOBAL PROPERTY RIGHTJOB_LAYER_ALLOWED_core/${used})
    list(APPEND allowed ${below})
    list(APPEND libraries rightjob_core_${used})
  endforeach()
  list(REMOVE_DUPLICATES allowed)

  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  list(FILTER sources EXCLUDE REGEX "_tests\\.cpp$")
  add_library(rightjob_core_${name} STATIC ${sources})
  target_include_directories(rightjob_core_${name} PUBLIC ${RIGHTJOB_ROOT}/src)
  target_link_libraries(rightjob_core_${name}
    PUBLIC ${libraries} nlohmann_json::nlohmann_json Threads::Threads
    PRIVATE rightjob_warnings)
  # Tests beside a domain may use any core domain (they link the whole core).
  rightjob_checked_layer(core/${name} ALLOWS ${allowed} TESTS_ALLOW core
                         FORBIDS_SYSTEM SDL imgui espeak)
  add_dependencies(rightjob_core_${name} rightjob_layer_check)
endfunction()

# Records a folder's rule for the check: the folders of ours it may include
# (a prefix: "core" allows every domain), and system headers it must not.
function(rightjob_checked_layer folder)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "ALLOWS;TESTS_ALLOW;FORBIDS_SYSTEM")
  set_property(GLOBAL PROPERTY RIGHTJOB_LAYER_ALLOWED_${folder} "${ARG_ALLOWS}")
  set_property(GLOBAL APPEND PROPERTY RIGHTJOB_CHECKED_LAYERS ${folder})
  string(REPLACE ";" "," allows "${ARG_ALLOWS}")
  string(REPLACE ";" "," tests "${ARG_TESTS_ALLOW};${ARG_ALLOWS}")
  string(REPLACE ";" "," forbids "${ARG_FORBIDS_SYSTEM}")
  set_property(GLOBAL APPEND PROPERTY RIGHTJOB_LAYER_RULES "${folder}|${allows}|${tests}|${forbids}")
endfunction()

# Called once, after every folder is added: writes the rules, checks now,
# and makes the build and ctest check again.
function(rightjob_add_layer_check)
  get_property(rules GLOBAL PROPERTY RIGHTJOB_LAYER_RULES)
  get_property(layers GLOBAL PROPERTY RIGHTJOB_CHECKED_LAYERS)
  set(rules_file ${CMAKE_BINARY_DIR}/layer_rules.cmake)
  file(WRITE ${rules_file}.new "set(RIGHTJOB_LAYER_RULES \"${rules}\")\nset(RIGHTJOB_OUR_FOLDERS \"${RIGHTJOB_OUR_FOLDERS}\")\n")
  file(COPY_FILE ${rules_file}.new ${rules_file} ONLY_IF_DIFFERENT)

  set(checked_files)
  foreach(layer IN LISTS layers)
    file(GLOB files CONFIGURE_DEPENDS ${RIGHTJOB_ROOT}/src/${layer}/*.h ${RIGHTJOB_ROOT}/src/${layer}/*.cpp)
    list(APPEND checked_files ${files})
  endforeach()

  set(check ${RIGHTJOB_ROOT}/cmake/check_layers.cmake)
  execute_process(COMMAND ${CMAKE_COMMAND} -DSRC=${RIGHTJOB_ROOT}/src -DRULES=${rules_file} -P ${check}
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "The layer check failed (see above).")
  endif()

  set(stamp ${CMAKE_BINARY_DIR}/layer_check.stamp)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DSRC=${RIGHTJOB_ROOT}/src -DRULES=${rules_file} -P ${check}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${check} ${rules_file} ${checked_files}
    COMMENT "Checking that no layer includes one above it"
    VERBATIM)
  add_custom_target(rightjob_layer_check ALL DEPENDS ${stamp})

  if(RIGHTJOB_TESTS)
    add_test(NAME layers.source_tree
             COMMAND ${CMAKE_COMMAND} -DSRC=${RIGHTJOB_ROOT}/src -DRULES=${rules_file} -P ${check})
    # The check must fail on a tree that breaks each rule once.
    add_test(NAME layers.catches_bad_includes
             COMMAND ${CMAKE_COMMAND} -DRULES=${rules_file} -P ${RIGHTJOB_ROOT}/cmake/check_layers_selftest.cmake)
  endif()
endfunction()
