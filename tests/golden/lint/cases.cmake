# Golden tests of `guidepost lint`: NAME.expected holds the output and exit
# status of `guidepost lint ARGS...`, run in tests/golden/lint (which holds a
# guidepost.json, so it is the policies root of the files here). One line each.
function(golden_lint name)
  string(REPLACE ";" "\\;" args "${ARGN}")
  add_test(NAME lint/${name}
    COMMAND ${CMAKE_COMMAND}
      -DCOMMAND=$<TARGET_FILE:guidepost>\;lint\;${args}
      -DWORKDIR=${CMAKE_CURRENT_SOURCE_DIR}/golden/lint
      -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/golden/lint/${name}.expected
      -P ${CMAKE_CURRENT_SOURCE_DIR}/golden/run_golden.cmake)
endfunction()

golden_lint(clean clean.policy)
golden_lint(bad_text bad.policy)
golden_lint(bad_json bad.policy --format json)
golden_lint(bad_sarif bad.policy --format sarif)
golden_lint(bad_github bad.policy --format github)
golden_lint(warnings_pass warnings.policy)
golden_lint(warnings_fail_level warnings.policy --fail-level warning)
golden_lint(warnings_strict_config warnings.policy --config inputs/strict.json)
golden_lint(suppressions suppressions.policy)
golden_lint(not_checking not_checking.policy)
golden_lint(not_checking_sarif not_checking.policy --format sarif)
golden_lint(root_config configured/configured.policy)
golden_lint(folder_shared_files folder)
golden_lint(several_paths clean.policy warnings.policy --format json)
golden_lint(bad_config_unknown_rule warnings.policy --config inputs/unknown_rule.json)
golden_lint(bad_config_value warnings.policy --config inputs/bad_value.json)
golden_lint(bad_config_not_json warnings.policy --config inputs/not_json.json)
golden_lint(bad_config_missing warnings.policy --config inputs/no_such.json)
golden_lint(bad_missing_path no_such.policy)
golden_lint(bad_format clean.policy --format xml)
golden_lint(bad_fail_level clean.policy --fail-level note)
