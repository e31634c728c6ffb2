# Run by cpack (CPACK_PROJECT_CONFIG_FILE): the .deb's Depends, from
# dpkg-shlibdeps on the program (the packages of the libraries it links)
# and the packages it reads at run time (fonts, espeak-ng voices).
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT RIGHTJOB_DEPENDS_FOUND)
  set(folder "${CPACK_TOPLEVEL_DIRECTORY}/rightjob-shlibdeps")
  file(MAKE_DIRECTORY "${folder}/debian")
  file(WRITE "${folder}/debian/control" "")
  execute_process(COMMAND dpkg-shlibdeps -O "${RIGHTJOB_PROGRAM}"
                  WORKING_DIRECTORY "${folder}" OUTPUT_VARIABLE found ERROR_VARIABLE problems RESULT_VARIABLE status)
  if(NOT status EQUAL 0 OR NOT found MATCHES "shlibs:Depends=")
    message(FATAL_ERROR "dpkg-shlibdeps could not find the program's packages: ${problems}")
  endif()
  string(REGEX REPLACE ".*shlibs:Depends=([^\n]*).*" "\\1" libraries "${found}")
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${libraries}, ${RIGHTJOB_RUNTIME_DEPENDS}")
  set(RIGHTJOB_DEPENDS_FOUND TRUE)
endif()
