#include "guidepost/source.h"

#include <cstring>

namespace guidepost {

void SourceFile::index_lines() {
  line_starts.assign(1, 0);
  const char* p = text.data();
  const char* end = p + text.size();
  while (const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p))) {
    p = static_cast<const char*>(nl) + 1;
    line_starts.push_back(static_cast<uint32_t>(p - text.data()));
  }
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts.size()) return {};
  size_t b = line_starts[line - 1];
  size_t e = line < line_starts.size() ? line_starts[line] - 1 : text.size();
  std::string_view v(text.data() + b, e - b);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

uint32_t SourceSet::add(std::unique_ptr<SourceFile> f) {
  files_.push_back(std::move(f));
  return static_cast<uint32_t>(files_.size() - 1);
}

uint32_t count_code_points(std::string_view s) {
  uint32_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace guidepost
