#include "guidepost/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace guidepost {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

Diagnostic& Diagnostics::error(std::string rule, Span span, std::string message,
                               std::string help) {
  items_.push_back({Severity::Error, std::move(rule), std::move(message), span,
                    std::move(help), {}});
  return items_.back();
}

Diagnostic& Diagnostics::warning(std::string rule, Span span, std::string message,
                                 std::string help) {
  items_.push_back({Severity::Warning, std::move(rule), std::move(message), span,
                    std::move(help), {}});
  return items_.back();
}

size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](auto& d) { return d.severity == Severity::Error; });
}

size_t Diagnostics::warning_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](auto& d) { return d.severity == Severity::Warning; });
}

void Diagnostics::sort(const SourceSet& sources) {
  auto key = [&](const Diagnostic& d) {
    const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
    return std::make_tuple(f ? f->path : d.path, d.span.line, d.span.col);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](auto& a, auto& b) { return key(a) < key(b); });
}

namespace {

// Damerau–Levenshtein (optimal string alignment) distance.
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest_name(const std::string& name,
                         const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(1, name.size() / 3) + 1;
  for (auto& c : candidates) {
    if (c == name) continue;
    size_t d = edit_distance(name, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

}  // namespace guidepost
