// SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists
// every rule (id, short description, help URI, default level, category) and
// whose results point at files relative to the folder lint ran in.
#include <nlohmann/json.hpp>
#include <set>

#include "lint/report.h"

namespace guidepost::lint {
namespace {

const char* level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(std::string base) : base_(std::move(base)) {}

  std::string render(const Result& r) const override {
    using J = nlohmann::ordered_json;
    J driver;
    driver["name"] = "guidepost";
    driver["version"] = "0.1.0";
    driver["informationUri"] = "https://github.com/guidepost/guidepost";
    J rules = J::array();
    std::map<std::string, size_t> index;
    for (auto* rule : lint::rules()) {
      const RuleInfo& info = rule->info();
      J x;
      x["id"] = info.id;
      x["name"] = info.id;
      x["shortDescription"] = {{"text", info.summary}};
      x["helpUri"] = rule_doc_url(info.id);
      x["defaultConfiguration"] = {{"level", level(info.severity)}};
      x["properties"] = {{"category", category_name(info.category)},
                         {"tags", J::array({category_name(info.category)})}};
      index[info.id] = rules.size();
      rules.push_back(std::move(x));
    }
    // A policy that does not check: the checker's rule ids.
    for (auto& f : r.findings) {
      if (!f.from_check || index.count(f.diag.rule)) continue;
      J x;
      x["id"] = f.diag.rule;
      x["name"] = f.diag.rule;
      x["shortDescription"] = {{"text", "guidepost check: " + f.diag.rule}};
      x["helpUri"] = "https://github.com/guidepost/guidepost/blob/main/docs/language.md#diagnostics";
      x["defaultConfiguration"] = {{"level", "error"}};
      x["properties"] = {{"category", "check"}, {"tags", J::array({"check"})}};
      index[f.diag.rule] = rules.size();
      rules.push_back(std::move(x));
    }
    driver["rules"] = std::move(rules);

    J results = J::array();
    for (auto& f : r.findings) {
      J x;
      x["ruleId"] = f.diag.rule;
      x["ruleIndex"] = index[f.diag.rule];
      x["level"] = level(f.diag.severity);
      std::string text = f.diag.message;
      if (!f.diag.help.empty()) text += "\nhelp: " + f.diag.help;
      x["message"] = {{"text", text}};
      const Span& s = f.diag.span;
      J region;
      region["startLine"] = s.known() ? s.line : 1;
      region["startColumn"] = s.known() ? s.col : 1;
      region["endLine"] = s.known() ? std::max(s.end_line, s.line) : 1;
      region["endColumn"] = s.known() && s.end_col > 0 ? s.end_col : (s.known() ? s.col + 1 : 2);
      J loc;
      loc["physicalLocation"] = {{"artifactLocation", {{"uri", relative_uri(f, base_)}}},
                                 {"region", std::move(region)}};
      x["locations"] = J::array({std::move(loc)});
      results.push_back(std::move(x));
    }

    J run;
    run["tool"] = {{"driver", std::move(driver)}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results);
    J doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    doc["runs"] = J::array({std::move(run)});
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }

 private:
  std::string base_;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::string base_dir) {
  return std::make_unique<SarifReporter>(std::move(base_dir));
}

}  // namespace guidepost::lint
