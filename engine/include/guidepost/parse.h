// The parse stage: one source file to an ast::File. It never throws: input
// it cannot read (invalid UTF-8, too large, too deeply nested) becomes a
// diagnostic with a position wherever there is one.
#pragma once

#include <optional>

#include "guidepost/ast.h"
#include "guidepost/diagnostic.h"

namespace guidepost {

struct ParseOptions {
  size_t max_bytes = 4u << 20;  // a real policy is tens of kilobytes
  int max_nesting = 100;        // parentheses and braces
  int max_errors = 50;          // syntax errors reported per file
};

// Returns the file's AST, or nothing when it has syntax errors (they are in
// `diags`). `source` indexes `sources`.
std::optional<ast::File> parse_file(const SourceSet& sources, uint32_t source,
                                    Diagnostics& diags,
                                    const ParseOptions& options = {});

}  // namespace guidepost
