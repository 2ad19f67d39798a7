// The four output formats: text as `check` prints it, JSON, SARIF 2.1.0 as
// GitHub code scanning reads it, and GitHub workflow annotations.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "guidepost/lint.h"

namespace guidepost::lint {
namespace {

const char* kPolicy = R"(policy "p" { title "P" }
facts { iep : bool = false }
agreement "A" { document "D" url "https://example.org/a"
  clause 1 { quote "Dial 911 100% now." forbid sro.involve when iep }
}
)";

Result result() { return lint_text("t.policy", kPolicy); }

TEST(LintReport, UnknownFormatIsRefused) {
  EXPECT_EQ(make_reporter("xml"), nullptr);
  for (const char* f : {"text", "json", "sarif", "github"}) EXPECT_NE(make_reporter(f), nullptr) << f;
}

TEST(LintReport, TextIsLikeCheck) {
  std::string out = make_reporter("text")->render(result());
  EXPECT_NE(out.find("t.policy:4:10: warning: clause 1 quotes only 4 words"), std::string::npos) << out;
  EXPECT_NE(out.find("[short-quote]\n 4 |   clause 1"), std::string::npos) << out;
  EXPECT_NE(out.find("   = help: "), std::string::npos) << out;
  EXPECT_NE(out.find("error: `forbid sro.involve` in clause 1 reads `iep`"), std::string::npos) << out;
  EXPECT_NE(out.find("\nlinted 1 file: 1 error, "), std::string::npos) << out;
}

TEST(LintReport, Json) {
  Result r = result();
  auto j = nlohmann::json::parse(make_reporter("json")->render(r));
  EXPECT_EQ(j["files_linted"], 1);
  EXPECT_EQ(j["errors"], r.count(Severity::Error));
  EXPECT_EQ(j["warnings"], r.count(Severity::Warning));
  ASSERT_EQ(j["findings"].size(), r.findings.size());
  for (auto& f : j["findings"]) {
    for (const char* k : {"file", "line", "column", "end_line", "end_column", "severity", "rule",
                          "category", "message", "doc"})
      EXPECT_TRUE(f.contains(k)) << k << " in " << f.dump();
    EXPECT_EQ(f["file"], "t.policy");
    EXPECT_EQ(f["doc"], "docs/rules/" + f["rule"].get<std::string>() + ".md");
  }
}

TEST(LintReport, SarifForCodeScanning) {
  Result r = result();
  auto j = nlohmann::json::parse(make_reporter("sarif")->render(r));
  EXPECT_EQ(j["version"], "2.1.0");
  EXPECT_TRUE(j["$schema"].get<std::string>().find("sarif") != std::string::npos);
  ASSERT_EQ(j["runs"].size(), 1u);
  auto& run = j["runs"][0];
  auto& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "guidepost");
  ASSERT_EQ(driver["rules"].size(), rules().size());
  std::regex help("https://github\\.com/guidepost/guidepost/blob/main/docs/rules/[a-z-]+\\.md");
  for (auto& rule : driver["rules"]) {
    EXPECT_TRUE(rule["id"].is_string());
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_TRUE(std::regex_match(rule["helpUri"].get<std::string>(), help)) << rule["helpUri"];
    EXPECT_NE(rule["helpUri"].get<std::string>().find(rule["id"].get<std::string>()), std::string::npos);
    auto level = rule["defaultConfiguration"]["level"].get<std::string>();
    EXPECT_TRUE(level == "error" || level == "warning") << level;
  }
  ASSERT_EQ(run["results"].size(), r.findings.size());
  for (auto& res : run["results"]) {
    std::string id = res["ruleId"];
    EXPECT_EQ(driver["rules"][res["ruleIndex"].get<size_t>()]["id"], id);
    std::string level = res["level"];
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note");
    EXPECT_FALSE(res["message"]["text"].get<std::string>().empty());
    auto& loc = res["locations"][0]["physicalLocation"];
    std::string uri = loc["artifactLocation"]["uri"];
    EXPECT_FALSE(uri.empty());
    EXPECT_NE(uri.front(), '/') << uri;
    EXPECT_EQ(uri.find(':'), std::string::npos) << uri;
    EXPECT_EQ(uri, "t.policy");
    auto& region = loc["region"];
    for (const char* k : {"startLine", "startColumn", "endLine", "endColumn"})
      EXPECT_GE(region[k].get<int>(), 1) << k;
    EXPECT_LE(region["startLine"].get<int>(), region["endLine"].get<int>());
  }
}

TEST(LintReport, SarifUrisAreRelativeToTheBaseFolder) {
  std::string base = std::string(GUIDEPOST_SOURCE_DIR);
  LoadResult lr = load_policy(base + "/policies/wake/wake.policy");
  Linter l;
  l.add(lr);
  Result r = l.finish();
  ASSERT_FALSE(r.findings.empty());
  auto j = nlohmann::json::parse(make_reporter("sarif", base)->render(r));
  for (auto& res : j["runs"][0]["results"])
    EXPECT_EQ(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "policies/wake/wake.policy");
}

TEST(LintReport, SarifListsTheCheckRulesOfAPolicyThatDoesNotCheck) {
  Result r = lint_text("t.policy", "policy \"p\" { title \"P\" }\nlevel 0 \"Zero\" { }\n");
  auto j = nlohmann::json::parse(make_reporter("sarif")->render(r));
  auto& run = j["runs"][0];
  ASSERT_FALSE(run["results"].empty());
  for (auto& res : run["results"]) {
    size_t i = res["ruleIndex"];
    EXPECT_EQ(run["tool"]["driver"]["rules"][i]["id"], res["ruleId"]);
    EXPECT_EQ(res["level"], "error");
  }
}

TEST(LintReport, GithubAnnotations) {
  std::string out = make_reporter("github")->render(result());
  std::regex line(R"(::(error|warning|notice) file=t\.policy,line=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+)");
  size_t annotations = 0;
  std::istringstream in(out);
  for (std::string l; std::getline(in, l);) {
    if (l.rfind("::", 0) != 0) continue;
    ++annotations;
    EXPECT_TRUE(std::regex_match(l, line)) << l;
  }
  EXPECT_EQ(annotations, result().findings.size());
  // Newlines and percent signs are escaped; the help follows the message.
  EXPECT_NE(out.find("100%25 now"), std::string::npos) << out;
  EXPECT_NE(out.find("%0Ahelp: "), std::string::npos) << out;
  EXPECT_NE(out.find("::error file=t.policy,line=4,col="), std::string::npos) << out;
}

}  // namespace
}  // namespace guidepost::lint
