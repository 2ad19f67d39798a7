#include <filesystem>

#include "lint/report.h"

namespace fs = std::filesystem;

namespace guidepost::lint {

std::unique_ptr<Reporter> make_reporter(std::string_view format, std::string base_dir) {
  if (format == "text") return make_text_reporter();
  if (format == "json") return make_json_reporter();
  if (format == "sarif") return make_sarif_reporter(std::move(base_dir));
  if (format == "github") return make_github_reporter(std::move(base_dir));
  return nullptr;
}

std::string relative_uri(const Finding& f, const std::string& base_dir) {
  std::string c = f.canonical();
  if (c.empty()) return f.path();
  std::error_code ec;
  fs::path base = base_dir.empty() ? fs::current_path(ec) : fs::path(base_dir);
  base = fs::weakly_canonical(fs::absolute(base, ec), ec);
  fs::path p(c);
  if (!p.is_absolute()) return p.generic_string();
  fs::path rel = p.lexically_relative(base);
  if (rel.empty()) return f.path();
  return rel.generic_string();
}

std::string category_of(const Finding& f) {
  if (const Rule* r = find_rule(f.diag.rule); r && !f.from_check)
    return category_name(r->info().category);
  return "check";
}

std::string summary_line(const Result& r) {
  auto plural = [](size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string s = "linted " + plural(r.files, "file", "files") + ": " +
                  plural(r.count(Severity::Error), "error", "errors") + ", " +
                  plural(r.count(Severity::Warning), "warning", "warnings");
  if (size_t n = r.count(Severity::Note)) s += ", " + plural(n, "note", "notes");
  if (r.failed_to_check)
    s += " (" + plural(r.failed_to_check, "file does", "files do") + " not check)";
  return s;
}

}  // namespace guidepost::lint
