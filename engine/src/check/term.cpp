// A recognition term: not empty, and a pattern that expands.
#include "check/checker.h"
#include "read/term_pattern.h"

namespace guidepost::check {

bool Checker::term(const ast::Term& t) {
  if (t.text.find_first_not_of(" \t") == std::string::npos) {
    diags_.error("empty-term", t.span, "empty recognition term");
    return false;
  }
  std::vector<std::vector<std::string>> parts;
  read::TermPatternError err;
  if (read::parse_term(t.text, parts, err)) return true;
  // A term in a policy is a quoted string; one in a terms file is bare.
  uint32_t quote = t.span.end_col - t.span.col > count_code_points(t.text) ? 1 : 0;
  uint32_t col = t.span.col + quote + count_code_points(std::string_view(t.text).substr(0, err.offset));
  diags_.error("bad-term", {t.span.file, t.span.line, col, t.span.line, col + 1}, err.message, err.help);
  return false;
}

}  // namespace guidepost::check
