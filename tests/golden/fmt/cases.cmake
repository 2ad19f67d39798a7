# golden fmt cases, one line each
#
# golden_fmt(NAME): tests/golden/fmt/NAME.policy is copied to the build tree
# and run through `guidepost fmt --diff`, `--check`, `fmt` and `--check`
# again; NAME.expected holds the record (see run_fmt_golden.cmake).
set(GOLDEN_FMT_DIR ${CMAKE_CURRENT_LIST_DIR})
function(golden_fmt name)
  add_test(NAME fmt/${name}
    COMMAND ${CMAKE_COMMAND}
      -DGUIDEPOST=$<TARGET_FILE:guidepost>
      -DSOURCE=${GOLDEN_FMT_DIR}/${name}.policy
      -DWORKDIR=${CMAKE_CURRENT_BINARY_DIR}/golden_fmt/${name}
      -DEXPECTED=${GOLDEN_FMT_DIR}/${name}.expected
      -P ${GOLDEN_FMT_DIR}/run_fmt_golden.cmake)
endfunction()

golden_fmt(messy_spacing)
golden_fmt(comments)
golden_fmt(blank_lines)
golden_fmt(nested_conditions)
golden_fmt(value_lists)
golden_fmt(every_construct)
golden_fmt(already_formatted)
golden_fmt(syntax_error)
golden_fmt(crlf_and_tabs)
golden_fmt(empty_file)
golden_fmt(comments_only)
golden_fmt(no_final_newline)
golden_fmt(unclosed_comment)
golden_fmt(continuation_lines)
golden_fmt(leading_commas)
