# compare_golden(ACTUAL_TEXT EXPECTED_FILE): the one place a golden record is
# compared with its expected file, or written there when UPDATE=1 is set.
# A difference is shown as a unified diff, with the actual text kept beside
# the expected file as EXPECTED_FILE.actual.
function(compare_golden actual expected)
  if(DEFINED ENV{UPDATE})
    file(WRITE ${expected} "${actual}")
    return()
  endif()
  if(NOT EXISTS ${expected})
    message(FATAL_ERROR "missing ${expected}; run with UPDATE=1 to create it\n--- actual ---\n${actual}")
  endif()
  file(READ ${expected} wanted)
  if(NOT actual STREQUAL wanted)
    file(WRITE ${expected}.actual "${actual}")
    execute_process(COMMAND diff -u ${expected} ${expected}.actual OUTPUT_VARIABLE d)
    message(FATAL_ERROR "output differs from ${expected}:\n${d}")
  endif()
endfunction()
