# Runs one golden test: COMMAND (a ;-list) in WORKDIR, compares its stdout
# and exit status with EXPECTED. Set UPDATE=1 in the environment to rewrite
# the expected file instead.
execute_process(COMMAND ${COMMAND} WORKING_DIRECTORY ${WORKDIR}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(actual "${out}")
if(NOT err STREQUAL "")
  string(APPEND actual "--- stderr ---\n${err}")
endif()
string(APPEND actual "exit: ${rc}\n")
include(${CMAKE_CURRENT_LIST_DIR}/compare_golden.cmake)
compare_golden("${actual}" ${EXPECTED})
