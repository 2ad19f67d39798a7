// A recognition term: not empty, and a pattern that expands.
#include "check/checker.h"
#include "read/term_pattern.h"

namespace guidepost::check {

namespace {

// The column of byte `offset` of a term's text. A term in a policy is a
// quoted string whose escapes (\" \\) take two characters in the source for
// one in the text; one in a terms file is the text itself.
uint32_t column_of(const SourceSet& sources, const ast::Term& t, size_t offset) {
  std::string_view text = t.text;
  bool quoted = t.span.end_col - t.span.col > count_code_points(text);
  const SourceFile* f = sources.get(t.span.file);
  if (!quoted || !f) return t.span.col + count_code_points(text.substr(0, offset));
  std::string_view line = f->line_text(t.span.line);
  // The opening quote: the span's column, in code points, as bytes.
  size_t at = 0;
  for (uint32_t c = 1; c < t.span.col && at < line.size(); ++c) {
    ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) ++at;
  }
  size_t raw = at + 1;  // past the quote
  for (size_t i = 0; i < offset && raw < line.size(); ++i) raw += line[raw] == '\\' ? 2 : 1;
  return t.span.col + count_code_points(line.substr(at, std::min(raw, line.size()) - at));
}

}  // namespace

bool Checker::term(const ast::Term& t) {
  if (t.text.find_first_not_of(" \t") == std::string::npos) {
    diags_.error("empty-term", t.span, "empty recognition term");
    return false;
  }
  // Most terms are plain phrases: nothing to parse (thousands per policy).
  if (!read::has_pattern_syntax(t.text)) return true;
  read::TermPatternError err;
  if (read::check_term(t.text, err)) return true;
  uint32_t col = column_of(sources_, t, err.offset);
  diags_.error("bad-term", {t.span.file, t.span.line, col, t.span.line, col + 1}, err.message, err.help);
  return false;
}

}  // namespace guidepost::check
