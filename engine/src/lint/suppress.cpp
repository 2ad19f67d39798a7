#include "lint/suppress.h"

#include <cctype>

namespace guidepost::lint {

namespace {

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

bool comment_only(std::string_view s) {
  size_t i = s.find_first_not_of(" \t");
  return i != std::string_view::npos && s.substr(i, 2) == "//";
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// Parses the text after `//`; false when it is not a suppression.
bool parse(std::string_view body, Suppression& s) {
  size_t i = body.find_first_not_of(" \t");
  if (i == std::string_view::npos || body.substr(i, kIgnoreMarker.size()) != kIgnoreMarker)
    return false;
  i += kIgnoreMarker.size();
  if (i < body.size() && body[i] != ' ' && body[i] != '\t' && body[i] != ':') return false;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
  size_t r = i;
  while (i < body.size() && (std::isalnum(static_cast<unsigned char>(body[i])) || body[i] == '-' ||
                             body[i] == '_'))
    ++i;
  s.rule = std::string(body.substr(r, i - r));
  while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
  if (i < body.size() && body[i] == ':') s.reason = trim(body.substr(i + 1));
  return true;
}

}  // namespace

std::vector<Suppression> find_suppressions(const SourceFile& f, uint32_t file) {
  std::vector<Suppression> out;
  const std::string& t = f.text;
  if (t.find(kIgnoreMarker) == std::string::npos) return out;
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      continue;
    }
    if (c == '"') {  // a string runs to its closing quote, on one line
      for (++i; i < t.size() && t[i] != '"' && t[i] != '\n'; ++i)
        if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] != '\n') ++i;
      if (i < t.size() && t[i] == '\n') --i;  // let the loop count the line
      continue;
    }
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
      size_t end = t.find("*/", i + 2);
      if (end == std::string::npos) end = t.size();
      for (size_t k = i; k < end; ++k)
        if (t[k] == '\n') {
          ++line;
          line_start = k + 1;
        }
      i = end + 1;
      continue;
    }
    if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
      size_t end = t.find('\n', i);
      if (end == std::string::npos) end = t.size();
      std::string_view body(t.data() + i + 2, end - i - 2);
      Suppression s;
      if (parse(body, s)) {
        std::string_view before(t.data() + line_start, i - line_start);
        uint32_t col = count_code_points(before) + 1;
        std::string_view whole(t.data() + i, end - i);
        while (!whole.empty() && whole.back() == '\r') whole.remove_suffix(1);
        s.span = {file, line, col, line, col + count_code_points(whole)};
        s.target = line;
        if (blank(before)) {
          // Alone on its line: it is about the next line that is not a comment.
          uint32_t n = line + 1;
          while (n <= f.line_starts.size() && comment_only(f.line_text(n))) ++n;
          s.target = n;
        }
        out.push_back(std::move(s));
      }
      i = end - 1;
      continue;
    }
  }
  return out;
}

}  // namespace guidepost::lint
