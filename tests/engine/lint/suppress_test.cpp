// Suppression comments: where they apply, that they need a reason, that
// unused ones are reported, and that they are read from the file's own text
// (a `//` in a string is not a comment).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "guidepost/lint.h"
#include "guidepost/render.h"

namespace guidepost::lint {
namespace {

std::string dump(const Result& r) {
  std::string s;
  for (auto& f : r.findings) s += render_text(f.diag, *f.sources);
  return s;
}

std::vector<uint32_t> lines_of(const Result& r, const std::string& rule) {
  std::vector<uint32_t> out;
  for (auto& f : r.findings)
    if (f.diag.rule == rule) out.push_back(f.diag.span.line);
  return out;
}

// Clause 1 quotes two words: a short-quote finding on line 4 unless suppressed.
std::string policy(const std::string& before, const std::string& trailing = "") {
  return "policy \"p\" { title \"P\" }\n"
         "agreement \"A\" { document \"D\" url \"https://example.org/a\"\n" +
         before + "  clause 1 { quote \"Dial 911.\" }" + trailing + "\n}\n";
}

Config only(std::vector<std::string> ids) {
  Config c;
  for (auto* r : rules())
    if (std::find(ids.begin(), ids.end(), r->info().id) == ids.end()) c.rules[r->info().id] = std::nullopt;
  return c;
}

const Config kShortQuote = only({"short-quote", "suppression-without-reason", "unused-suppression"});

TEST(LintSuppress, UnsuppressedFindingIsReported) {
  Result r = lint_text("t.policy", policy(""), kShortQuote);
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{3}) << dump(r);
}

TEST(LintSuppress, CommentOnTheLineBefore) {
  Result r = lint_text("t.policy", policy("  // guidepost-lint-ignore short-quote: the MOA says only this\n"),
                       kShortQuote);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(LintSuppress, CommentAtTheEndOfTheLine) {
  Result r = lint_text("t.policy", policy("", "  // guidepost-lint-ignore short-quote: whole text"),
                       kShortQuote);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(LintSuppress, StackedCommentsReachTheLineBelowThem) {
  Result r = lint_text("t.policy",
                       policy("  // guidepost-lint-ignore short-quote: the MOA says only this\n"
                              "  // (checked against the signed copy)\n"),
                       kShortQuote);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(LintSuppress, CommentTwoCodeLinesAwaySuppressesNothing) {
  Result r = lint_text("t.policy",
                       "policy \"p\" { title \"P\" }\n"
                       "// guidepost-lint-ignore short-quote: too far away\n"
                       "agreement \"A\" { document \"D\" url \"https://example.org/a\"\n"
                       "  clause 1 { quote \"Dial 911.\" }\n}\n",
                       kShortQuote);
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{4}) << dump(r);
  EXPECT_EQ(lines_of(r, "unused-suppression"), std::vector<uint32_t>{2}) << dump(r);
}

TEST(LintSuppress, WithoutAReasonItStillSuppressesButIsAFinding) {
  for (std::string c : {"// guidepost-lint-ignore short-quote", "// guidepost-lint-ignore short-quote:",
                        "// guidepost-lint-ignore short-quote:   "}) {
    Result r = lint_text("t.policy", policy("  " + c + "\n"), kShortQuote);
    EXPECT_TRUE(lines_of(r, "short-quote").empty()) << dump(r);
    EXPECT_EQ(lines_of(r, "suppression-without-reason"), std::vector<uint32_t>{3}) << c << dump(r);
    EXPECT_EQ(r.exit_code(Severity::Error), 1);
  }
}

TEST(LintSuppress, UnknownRuleIsReportedWithASuggestion) {
  Result r = lint_text("t.policy", policy("  // guidepost-lint-ignore short-qoute: typo\n"), kShortQuote);
  ASSERT_EQ(lines_of(r, "unused-suppression"), std::vector<uint32_t>{3}) << dump(r);
  for (auto& f : r.findings)
    if (f.diag.rule == "unused-suppression") {
      EXPECT_NE(f.diag.message.find("unknown rule `short-qoute`"), std::string::npos);
      EXPECT_NE(f.diag.help.find("short-quote"), std::string::npos);
    }
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{4});
}

TEST(LintSuppress, SuppressionOfARuleThatIsOffIsNotJudged) {
  Config c = kShortQuote;
  c.rules["short-quote"] = std::nullopt;
  Result r = lint_text("t.policy", policy("  // guidepost-lint-ignore short-quote: kept for later\n"), c);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(LintSuppress, SuppressionOfARuleWithNothingToLookAtIsNotJudged) {
  // untested-clause looks only at policies with tests.
  Result r = lint_text("t.policy",
                       "policy \"p\" { title \"P\" }\n"
                       "agreement \"A\" { document \"D\" url \"https://example.org/a\"\n"
                       "  // guidepost-lint-ignore untested-clause: tested in tests.policy\n"
                       "  clause 1 { quote \"one two three four five six\" permit sro.search when false }\n}\n",
                       only({"untested-clause", "unused-suppression"}));
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

TEST(LintSuppress, SlashesInAStringAreNotAComment) {
  Result r = lint_text("t.policy",
                       "policy \"p\" { title \"P\" }\n"
                       "agreement \"A\" { document \"D\" url \"https://example.org/a\"\n"
                       "  clause 1 { quote \"Dial 911.\" url \"https://x.org//guidepost-lint-ignore short-quote: no\" }\n"
                       "}\n",
                       kShortQuote);
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{3}) << dump(r);
  EXPECT_TRUE(lines_of(r, "unused-suppression").empty()) << dump(r);
}

TEST(LintSuppress, BlockCommentsDoNotSuppress) {
  Result r = lint_text("t.policy", policy("  /* guidepost-lint-ignore short-quote: in a block */\n"),
                       kShortQuote);
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{4}) << dump(r);
}

TEST(LintSuppress, ASuppressionTakesOnlyItsRule) {
  Result r = lint_text("t.policy", policy("  // guidepost-lint-ignore clause-without-source: wrong rule\n"),
                       only({"short-quote", "clause-without-source", "unused-suppression"}));
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{4}) << dump(r);
  EXPECT_EQ(lines_of(r, "unused-suppression"), std::vector<uint32_t>{3}) << dump(r);
}

// Two loads sharing a file: a policy and its tests. A suppression used by
// either load is used; a finding in the shared file is reported once.
TEST(LintSuppress, SharedFilesAcrossLoads) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("guidepost-lint-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const std::string& text) {
    std::ofstream(dir / name) << text;
  };
  write("guidepost.json", "{}");
  write("main.policy",
        "policy \"p\" { title \"P\" }\n"
        "level 1 \"L\" { }\n"
        "behavior x { level 1 terms \"x\" }\n"
        "agreement \"A\" { document \"D\" url \"https://example.org/a\"\n"
        "  // guidepost-lint-ignore untested-clause: tests come later\n"
        "  clause 1 { quote \"one two three four five six\" permit sro.search when false }\n"
        "  clause 2 { quote \"Dial 911.\" }\n"
        "}\n");
  write("tests.policy",
        "import \"main.policy\"\n"
        "test \"x\" { behaviors x checks 1 expect outcome staff }\n");
  Config c = only({"untested-clause", "short-quote", "unused-suppression"});
  Linter l;
  for (const char* f : {"main.policy", "tests.policy"}) l.add(load_policy((dir / f).string()), c);
  Result r = l.finish();
  fs::remove_all(dir);
  EXPECT_EQ(r.files, 2u);
  EXPECT_EQ(lines_of(r, "short-quote"), std::vector<uint32_t>{7}) << dump(r);
  EXPECT_TRUE(lines_of(r, "untested-clause").empty()) << dump(r);
  EXPECT_TRUE(lines_of(r, "unused-suppression").empty()) << dump(r);
}

}  // namespace
}  // namespace guidepost::lint
