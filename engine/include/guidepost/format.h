// The canonical layout of a policy file (docs/format.md), and a unified diff
// to show what formatting would change. Returns strings; printing and
// writing files are the caller's business.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "guidepost/diagnostic.h"
#include "guidepost/parse.h"
#include "guidepost/source.h"

namespace guidepost {

struct FormatResult {
  bool ok = false;       // the file parsed; `text` is its canonical layout
  std::string text;      // the canonical text, or the input unchanged when !ok
  bool changed = false;  // ok, and `text` differs from the input
  Diagnostics diags;     // why not, when !ok
  // The file the diagnostics' spans point into (for render_text).
  std::shared_ptr<SourceSet> sources = std::make_shared<SourceSet>();
};

// Lays out one policy file canonically. Only whitespace between tokens
// changes (and trailing whitespace and CR inside comments): every token and
// comment is kept, in order, with its text. A file that does not parse is
// returned unchanged with its diagnostics. `name` is the path shown in them.
FormatResult format_policy(const std::string& name, const std::string& text,
                           const ParseOptions& options = {});

// A unified diff of two texts, line by line, with `context` lines of context
// around each change ("--- FROM", "+++ TO", "@@ -l,n +l,n @@" hunks). Empty
// when the texts are equal.
std::string unified_diff(const std::string& from_label, const std::string& to_label,
                         std::string_view before, std::string_view after,
                         int context = 3);

}  // namespace guidepost
