// JSON: one object with the counts and every finding, in the fields of
// `guidepost check --format json` plus the rule's category and doc page.
#include <nlohmann/json.hpp>

#include "lint/report.h"

namespace guidepost::lint {
namespace {

class JsonReporter final : public Reporter {
 public:
  std::string render(const Result& r) const override {
    nlohmann::ordered_json j;
    j["files_linted"] = r.files;
    j["files_not_checking"] = r.failed_to_check;
    j["errors"] = r.count(Severity::Error);
    j["warnings"] = r.count(Severity::Warning);
    j["notes"] = r.count(Severity::Note);
    j["findings"] = nlohmann::ordered_json::array();
    for (auto& f : r.findings) {
      nlohmann::ordered_json x;
      x["file"] = f.path();
      if (f.diag.span.known()) {
        x["line"] = f.diag.span.line;
        x["column"] = f.diag.span.col;
        x["end_line"] = f.diag.span.end_line;
        x["end_column"] = f.diag.span.end_col;
      }
      x["severity"] = severity_name(f.diag.severity);
      x["rule"] = f.diag.rule;
      x["category"] = category_of(f);
      x["message"] = f.diag.message;
      if (!f.diag.help.empty()) x["help"] = f.diag.help;
      if (!f.from_check) x["doc"] = "docs/rules/" + f.diag.rule + ".md";
      j["findings"].push_back(std::move(x));
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter() { return std::make_unique<JsonReporter>(); }

}  // namespace guidepost::lint
