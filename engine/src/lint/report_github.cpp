// GitHub Actions workflow commands: one annotation per finding,
//   ::error file=F,line=L,col=C,endColumn=E,title=RULE::MESSAGE
// shown on the pull request's changed lines.
#include "lint/report.h"

namespace guidepost::lint {
namespace {

// Workflow command escaping: data, and property values (which also escape
// `:` and `,`).
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::string base) : base_(std::move(base)) {}

  std::string render(const Result& r) const override {
    std::string out;
    for (auto& f : r.findings) {
      const char* cmd = f.diag.severity == Severity::Error     ? "error"
                        : f.diag.severity == Severity::Warning ? "warning"
                                                               : "notice";
      out += std::string("::") + cmd + " file=" + escape_property(relative_uri(f, base_));
      const Span& s = f.diag.span;
      if (s.known()) {
        out += ",line=" + std::to_string(s.line) + ",col=" + std::to_string(s.col);
        if (s.end_line != s.line && s.end_line) out += ",endLine=" + std::to_string(s.end_line);
        if (s.end_col) out += ",endColumn=" + std::to_string(s.end_col);
      }
      out += ",title=" + escape_property(f.diag.rule);
      std::string msg = f.diag.message;
      if (!f.diag.help.empty()) msg += "\nhelp: " + f.diag.help;
      out += "::" + escape_data(msg) + "\n";
    }
    out += summary_line(r) + "\n";
    return out;
  }

 private:
  std::string base_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::string base_dir) {
  return std::make_unique<GithubReporter>(std::move(base_dir));
}

}  // namespace guidepost::lint
