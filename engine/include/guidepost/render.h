// Diagnostics as text (for people) and JSON (for tools). Returns strings;
// printing is the caller's business.
#pragma once

#include <string>

#include "guidepost/diagnostic.h"

namespace guidepost {

// file:line:col: error: message [rule]
//    12 |   level 4 when injry == serious
//       |                ^^^^^
//    = help: did you mean `injury`?
std::string render_text(const Diagnostic& d, const SourceSet& sources);

// One JSON object: file, line, column, end_line, end_column, severity,
// rule, message, help.
std::string render_json(const Diagnostic& d, const SourceSet& sources);

}  // namespace guidepost
