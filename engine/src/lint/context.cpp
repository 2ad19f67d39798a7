#include "lint/context.h"

#include <algorithm>

namespace guidepost::lint {

Context::Context(const LoadResult& load, std::shared_ptr<const Plan> plan, const Options& options)
    : load_(load), plan_(std::move(plan)), options_(options) {
  const Model& m = model();
  for (auto& l : m.levels) policy_files_.push_back(l.span.file);
  for (auto& a : m.agreements) policy_files_.push_back(a.span.file);
  std::sort(policy_files_.begin(), policy_files_.end());
  policy_files_.erase(std::unique(policy_files_.begin(), policy_files_.end()), policy_files_.end());
}

bool Context::is_policy_file(uint32_t file) const {
  return std::binary_search(policy_files_.begin(), policy_files_.end(), file);
}

const TestRun& Context::tests() const {
  if (!tests_) tests_ = run_policy_tests(*plan_, ExplainDepth::Summary);
  return *tests_;
}

Span Context::first_line(Span s) const {
  if (!s.known() || s.end_line == s.line) return s;
  const SourceFile* f = sources().get(s.file);
  if (!f) return s;
  std::string_view line = f->line_text(s.line);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  s.end_line = s.line;
  s.end_col = count_code_points(line) + 1;
  if (s.end_col <= s.col) s.end_col = s.col + 1;
  return s;
}

void Sink::report(Span span, std::string message, std::string help) {
  Diagnostic d;
  d.severity = severity_;
  d.rule = rule_.id;
  d.message = std::move(message);
  d.span = span;
  d.help = std::move(help);
  items_.push_back(std::move(d));
}

void Sink::capped(Span span, const std::string& what, size_t budget) {
  if (capped_) return;
  capped_ = true;
  Diagnostic d;
  d.severity = Severity::Note;
  d.rule = rule_.id;
  d.message = "the search for " + what + " stopped after " + std::to_string(budget) +
              " combinations; this rule's findings for the policy may be incomplete";
  d.span = span;
  d.help = "split the condition into named defines, or turn the rule off for this policy";
  items_.push_back(std::move(d));
}

}  // namespace guidepost::lint
