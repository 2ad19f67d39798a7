// Source files and spans. Every AST node and every diagnostic carries a Span,
// so that any message can point at the exact text it is about.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace guidepost {

// A region of one source file. Lines and columns are 1-based; columns count
// code points, as an editor does. The end is exclusive.
struct Span {
  uint32_t file = 0;  // index into SourceSet; 0 when unknown
  uint32_t line = 0, col = 0;
  uint32_t end_line = 0, end_col = 0;
  bool known() const { return line != 0; }
};

struct SourceFile {
  std::string path;     // as the user named it, for messages
  std::string canonical;  // resolved path, for identity
  std::string text;
  std::vector<uint32_t> line_starts;  // byte offset of each line

  void index_lines();
  std::string_view line_text(uint32_t line) const;  // without the newline
};

// All the files of one load; a Span's `file` indexes into it.
class SourceSet {
 public:
  uint32_t add(std::unique_ptr<SourceFile> f);
  const SourceFile* get(uint32_t i) const {
    return i < files_.size() ? files_[i].get() : nullptr;
  }
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// Number of code points in a UTF-8 byte range (for caret columns).
uint32_t count_code_points(std::string_view s);

}  // namespace guidepost
