// Every lint rule has its page, docs/rules/<id>.md, listed in
// docs/rules/README.md; the page's Before example makes the rule report and
// its After example does not.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "guidepost/lint.h"
#include "guidepost/render.h"

namespace fs = std::filesystem;

namespace guidepost::lint {
namespace {

const fs::path kRules = fs::path(GUIDEPOST_SOURCE_DIR) / "docs" / "rules";

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const char* severity_word(Severity s) { return s == Severity::Error ? "error" : "warning"; }

// The first ```policy block after `heading`.
std::string example(const std::string& page, const std::string& heading) {
  size_t h = page.find("\n" + heading + "\n");
  if (h == std::string::npos) return {};
  size_t open = page.find("```policy\n", h);
  if (open == std::string::npos) return {};
  open += 10;
  size_t close = page.find("\n```", open);
  return close == std::string::npos ? std::string() : page.substr(open, close - open + 1);
}

size_t findings_of(const Result& r, const std::string& id) {
  return std::count_if(r.findings.begin(), r.findings.end(),
                       [&](const Finding& f) { return f.diag.rule == id && !f.from_check; });
}

std::string dump(const Result& r) {
  std::string s;
  for (auto& f : r.findings) s += render_text(f.diag, *f.sources);
  return s;
}

TEST(LintDocs, EveryRuleHasADocPage) {
  for (auto* rule : rules()) {
    const RuleInfo& i = rule->info();
    fs::path page = kRules / (i.id + ".md");
    ASSERT_TRUE(fs::is_regular_file(page)) << "no doc page for rule " << i.id << ": " << page;
    std::string text = read(page);
    EXPECT_EQ(text.rfind("# " + i.id + "\n", 0), 0u) << i.id;
    EXPECT_NE(text.find(std::string("**Category:** ") + category_name(i.category)), std::string::npos) << i.id;
    EXPECT_NE(text.find(std::string("**Default severity:** ") + severity_word(i.severity)), std::string::npos)
        << i.id;
    for (const char* section : {"\n## What it finds\n", "\n## Why it matters\n", "\n### Before\n",
                                "\n### After\n", "\n## Configuration\n"})
      EXPECT_NE(text.find(section), std::string::npos) << i.id << " lacks " << section;
    EXPECT_NE(text.find("\"" + i.id + "\""), std::string::npos) << i.id << ": no configuration example";
    EXPECT_NE(text.find("\n" + i.summary + ".\n"), std::string::npos) << i.id << ": summary differs";
  }
}

TEST(LintDocs, ExamplesShowTheRule) {
  for (auto* rule : rules()) {
    const std::string& id = rule->info().id;
    SCOPED_TRACE(id);
    std::string page = read(kRules / (id + ".md"));
    std::string before = example(page, "### Before"), after = example(page, "### After");
    ASSERT_FALSE(before.empty());
    ASSERT_FALSE(after.empty());
    Result b = lint_text("example.policy", before);
    EXPECT_EQ(b.failed_to_check, 0u) << dump(b);
    EXPECT_GE(findings_of(b, id), 1u) << "Before:\n" << before << dump(b);
    Result a = lint_text("example.policy", after);
    EXPECT_EQ(a.failed_to_check, 0u) << dump(a);
    EXPECT_EQ(findings_of(a, id), 0u) << "After:\n" << after << dump(a);
  }
}

TEST(LintDocs, TheIndexListsEveryRule) {
  std::string index = read(kRules / "README.md");
  ASSERT_FALSE(index.empty());
  for (auto* rule : rules()) {
    const RuleInfo& i = rule->info();
    size_t at = index.find("| [`" + i.id + "`](" + i.id + ".md) |");
    ASSERT_NE(at, std::string::npos) << i.id << " is not listed";
    std::string row = index.substr(at, index.find('\n', at) - at);
    EXPECT_NE(row.find(std::string("| ") + category_name(i.category) + " |"), std::string::npos) << row;
    EXPECT_NE(row.find(std::string("| ") + severity_word(i.severity) + " |"), std::string::npos) << row;
    EXPECT_NE(row.find("| " + i.summary + " |"), std::string::npos) << row;
  }
}

TEST(LintDocs, NoPageForARuleThatDoesNotExist) {
  for (auto& e : fs::directory_iterator(kRules)) {
    std::string name = e.path().filename().string();
    if (name == "README.md" || e.path().extension() != ".md") continue;
    EXPECT_NE(find_rule(e.path().stem().string()), nullptr) << "stale page " << name;
  }
}

}  // namespace
}  // namespace guidepost::lint
