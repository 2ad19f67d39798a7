#include "guidepost/render.h"

#include <nlohmann/json.hpp>

namespace guidepost {

namespace {

std::string location(const Diagnostic& d, const SourceSet& sources) {
  const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
  std::string path = f ? f->path : d.path;
  if (!f) return path;
  return path + ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.col);
}

// Tabs would misalign the caret; show them as single spaces.
std::string printable(std::string_view line) {
  std::string s(line);
  for (char& c : s)
    if (c == '\t') c = ' ';
  return s;
}

}  // namespace

std::string render_text(const Diagnostic& d, const SourceSet& sources) {
  std::string out = location(d, sources) + ": " + severity_name(d.severity) + ": " +
                    d.message + " [" + d.rule + "]\n";
  const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
  if (f) {
    std::string_view line = f->line_text(d.span.line);
    // Very long lines (minified or generated input) are cut around the span.
    std::string num = std::to_string(d.span.line);
    std::string pad(num.size(), ' ');
    uint32_t col = d.span.col;
    std::string shown;
    uint32_t skipped = 0;
    {
      // Convert to code points to cut safely.
      std::vector<std::string> cps;
      for (size_t i = 0; i < line.size();) {
        size_t len = 1;
        auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) len = 4;
        else if (c >= 0xE0) len = 3;
        else if (c >= 0xC0) len = 2;
        cps.emplace_back(line.substr(i, len));
        i += len;
      }
      if (cps.size() > 120 && col > 60) skipped = col - 40;
      for (size_t i = skipped; i < cps.size() && i < skipped + 120; ++i) shown += cps[i];
      if (skipped) shown = "..." + shown;
    }
    out += " " + num + " | " + printable(shown) + "\n";
    uint32_t width = 1;
    if (d.span.end_line == d.span.line && d.span.end_col > d.span.col)
      width = d.span.end_col - d.span.col;
    uint32_t caret_col = col - skipped + (skipped ? 3 : 0);
    width = std::min<uint32_t>(width, 120);
    out += " " + pad + " | " + std::string(caret_col - 1, ' ') + std::string(width, '^') + "\n";
    if (!d.help.empty()) out += " " + pad + " = help: " + d.help + "\n";
  } else if (!d.help.empty()) {
    out += "  = help: " + d.help + "\n";
  }
  return out;
}

std::string render_json(const Diagnostic& d, const SourceSet& sources) {
  const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
  nlohmann::ordered_json j;
  j["file"] = f ? f->path : d.path;
  if (f) {
    j["line"] = d.span.line;
    j["column"] = d.span.col;
    j["end_line"] = d.span.end_line;
    j["end_column"] = d.span.end_col;
  }
  j["severity"] = severity_name(d.severity);
  j["rule"] = d.rule;
  j["message"] = d.message;
  if (!d.help.empty()) j["help"] = d.help;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace guidepost
