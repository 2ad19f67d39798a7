// Diagnostics: a user's mistake, with where it is and, where a fix is
// likely, how to fix it. Nothing here prints; render.h turns them into text.
#pragma once

#include <string>
#include <vector>

#include "guidepost/source.h"

namespace guidepost {

enum class Severity { Error, Warning, Note };
const char* severity_name(Severity s);

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string rule;     // stable id, e.g. "unknown-name"
  std::string message;
  Span span;
  std::string help;     // empty when no fix is likely
  std::string path;     // for spanless diagnostics (a missing file)
};

class Diagnostics {
 public:
  Diagnostic& error(std::string rule, Span span, std::string message,
                    std::string help = {});
  Diagnostic& warning(std::string rule, Span span, std::string message,
                      std::string help = {});
  void add(Diagnostic d) { items_.push_back(std::move(d)); }

  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic>& items() { return items_; }
  size_t error_count() const;
  size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  // Stable order for output: by file, then position.
  void sort(const SourceSet& sources);

 private:
  std::vector<Diagnostic> items_;
};

// "did you mean" support: the closest candidate within a small edit distance.
std::string closest_name(const std::string& name,
                         const std::vector<std::string>& candidates);

}  // namespace guidepost
