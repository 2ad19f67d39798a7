// The reporters' shared parts. One class per format, each in its own
// report_*.cpp; make_reporter (reporters.cpp) picks one.
#pragma once

#include <memory>
#include <string>

#include "guidepost/lint.h"

namespace guidepost::lint {

std::unique_ptr<Reporter> make_text_reporter();
std::unique_ptr<Reporter> make_json_reporter();
std::unique_ptr<Reporter> make_sarif_reporter(std::string base_dir);
std::unique_ptr<Reporter> make_github_reporter(std::string base_dir);

// A finding's file relative to `base_dir` (empty: the current folder), with
// `/` separators, as code scanning and workflow annotations want it.
std::string relative_uri(const Finding& f, const std::string& base_dir);

// The category a finding is filed under: its rule's, or "check".
std::string category_of(const Finding& f);

// "linted 3 files: 1 error, 2 warnings"
std::string summary_line(const Result& r);

}  // namespace guidepost::lint
