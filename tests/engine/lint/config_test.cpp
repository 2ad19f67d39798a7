// guidepost.json's `lint` section: rules off, severities changed, mistakes
// refused with a reason.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "guidepost/lint.h"

namespace guidepost::lint {
namespace {

std::optional<Config> parse(const std::string& s, std::string* err = nullptr) {
  std::string e;
  auto c = parse_config(s, e);
  if (err) *err = e;
  return c;
}

const char* kShortQuote = R"(
policy "p" { title "P" }
agreement "A" { document "D" url "https://example.org/a"
  clause 1 { quote "Dial 911." }
}
)";

size_t count(const Result& r, const std::string& rule) {
  return std::count_if(r.findings.begin(), r.findings.end(),
                       [&](const Finding& f) { return f.diag.rule == rule; });
}

TEST(LintConfig, EmptyAndForeignSettingsMeanDefaults) {
  for (const char* s : {"{}", R"({"check": {"x": 1}})", R"({"lint": {}})", R"({"lint": {"rules": {}}})"}) {
    auto c = parse(s);
    ASSERT_TRUE(c) << s;
    EXPECT_TRUE(c->rules.empty());
    for (auto* r : rules()) {
      EXPECT_TRUE(c->enabled(r->info().id));
      EXPECT_EQ(c->severity(r->info()), r->info().severity);
    }
  }
}

TEST(LintConfig, OffWarningAndError) {
  auto c = parse(R"({"lint": {"rules": {"short-quote": "off", "untested-clause": "error",
                                        "condition-never-holds": "warning"}}})");
  ASSERT_TRUE(c);
  EXPECT_FALSE(c->enabled("short-quote"));
  EXPECT_EQ(c->severity(find_rule("untested-clause")->info()), Severity::Error);
  EXPECT_EQ(c->severity(find_rule("condition-never-holds")->info()), Severity::Warning);
}

TEST(LintConfig, MistakesAreRefusedWithAReason) {
  std::string err;
  EXPECT_FALSE(parse("{", &err));
  EXPECT_NE(err.find("JSON"), std::string::npos);
  EXPECT_FALSE(parse("[]", &err));
  EXPECT_FALSE(parse(R"({"lint": []})", &err));
  EXPECT_FALSE(parse(R"({"lint": {"rule": {}}})", &err));
  EXPECT_NE(err.find("lint.rule"), std::string::npos) << err;
  EXPECT_FALSE(parse(R"({"lint": {"rules": []}})", &err));
  EXPECT_FALSE(parse(R"({"lint": {"rules": {"short-qoute": "off"}}})", &err));
  EXPECT_NE(err.find("did you mean `short-quote`"), std::string::npos) << err;
  EXPECT_FALSE(parse(R"({"lint": {"rules": {"short-quote": "info"}}})", &err));
  EXPECT_NE(err.find("\"info\""), std::string::npos) << err;
  EXPECT_FALSE(parse(R"({"lint": {"rules": {"short-quote": false}}})", &err));
}

TEST(LintConfig, OffRulesDoNotRun) {
  Result on = lint_text("t.policy", kShortQuote);
  EXPECT_EQ(count(on, "short-quote"), 1u);
  auto c = parse(R"({"lint": {"rules": {"short-quote": "off"}}})");
  Result off = lint_text("t.policy", kShortQuote, *c);
  EXPECT_EQ(count(off, "short-quote"), 0u);
}

TEST(LintConfig, SeverityChangesTheExitStatus) {
  Config only;
  for (auto* r : rules())
    if (r->info().id != "short-quote") only.rules[r->info().id] = std::nullopt;
  Result warn = lint_text("t.policy", kShortQuote, only);
  EXPECT_EQ(warn.count(Severity::Warning), 1u);
  EXPECT_EQ(warn.exit_code(Severity::Error), 0);
  EXPECT_EQ(warn.exit_code(Severity::Warning), 1);
  only.rules["short-quote"] = Severity::Error;
  Result err = lint_text("t.policy", kShortQuote, only);
  EXPECT_EQ(err.count(Severity::Error), 1u);
  EXPECT_EQ(err.exit_code(Severity::Error), 1);
}

TEST(LintConfig, APolicyThatDoesNotCheckFails) {
  Result r = lint_text("t.policy", "policy \"p\" { title \"P\" }\nlevel 0 \"Zero\" { }\n");
  EXPECT_EQ(r.failed_to_check, 1u);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_TRUE(r.findings[0].from_check);
  EXPECT_EQ(r.exit_code(Severity::Error), 1);
}

TEST(LintConfig, TheBundledConfigurationsParse) {
  for (const char* p : {"/policies/guidepost.json", "/tests/golden/check/guidepost.json"}) {
    std::ifstream in(std::string(GUIDEPOST_SOURCE_DIR) + p);
    ASSERT_TRUE(in) << p;
    std::stringstream ss;
    ss << in.rdbuf();
    std::string err;
    EXPECT_TRUE(parse_config(ss.str(), err)) << p << ": " << err;
  }
}

}  // namespace
}  // namespace guidepost::lint
