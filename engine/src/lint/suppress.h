// Suppression comments, read from a policy file's own text:
//
//   // guidepost-lint-ignore RULE-ID: REASON
//
// A comment alone on its line suppresses findings of RULE-ID on the next
// line that is not itself a comment; at the end of a line of code it
// suppresses findings on that line. The reason is required.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "guidepost/diagnostic.h"
#include "guidepost/source.h"

namespace guidepost::lint {

inline constexpr std::string_view kIgnoreMarker = "guidepost-lint-ignore";

struct Suppression {
  std::string rule;    // as written; empty when the comment names none
  std::string reason;  // trimmed; empty when missing
  uint32_t target = 0; // the line whose findings it suppresses
  Span span;           // the comment
};

// Every suppression comment of a file (`file` is its index in the SourceSet,
// for spans). Strings and block comments are skipped: a URL's `//` is not a
// comment.
std::vector<Suppression> find_suppressions(const SourceFile& f, uint32_t file);

// The findings the driver makes of suppressions (in the rules' own files).
Diagnostic suppression_without_reason(const Suppression& s, Severity severity);
Diagnostic unused_suppression(const Suppression& s, Severity severity);

}  // namespace guidepost::lint
