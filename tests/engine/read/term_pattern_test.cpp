// Term patterns: one terms line for a product of word lists, with a wide gap.
#include <gtest/gtest.h>

#include "../test_policy.h"
#include "guidepost/reader.h"
#include "read/term_pattern.h"

namespace guidepost {
namespace {

std::vector<std::string> expand(const std::string& t) {
  std::vector<std::string> out;
  read::TermPatternError err;
  EXPECT_TRUE(read::expand_term(t, out, err)) << err.message;
  return out;
}

std::string error_of(const std::string& t, size_t* offset = nullptr) {
  std::vector<std::string> out;
  read::TermPatternError err;
  EXPECT_FALSE(read::expand_term(t, out, err));
  if (offset) *offset = err.offset;
  return err.message;
}

TEST(TermPattern, APlainTermIsItself) {
  EXPECT_EQ(expand("threw hands"), (std::vector<std::string>{"threw hands"}));
}

TEST(TermPattern, GroupsExpandToTheirProductInOrder) {
  EXPECT_EQ(expand("(sold|selling) (thc|pills) at"),
            (std::vector<std::string>{"sold thc at", "sold pills at", "selling thc at",
                                      "selling pills at"}));
  EXPECT_EQ(expand("(sold|dealt) ... pills"),
            (std::vector<std::string>{"sold ... pills", "dealt ... pills"}));
}

TEST(TermPattern, MistakesNameWhereTheyAre) {
  size_t at = 0;
  EXPECT_EQ(error_of("(sold|selling thc", &at), "`(` without its `)`");
  EXPECT_EQ(at, 0u);
  EXPECT_EQ(error_of("sold|selling", &at), "`|` outside a group");
  EXPECT_EQ(at, 4u);
  EXPECT_EQ(error_of("sold thc)", &at), "`)` without its `(`");
  EXPECT_EQ(at, 8u);
  EXPECT_EQ(error_of("(sold||sells) thc"), "an alternative with no words in a group");
  EXPECT_EQ(error_of("(sold|(sells)) thc"), "a group inside a group");
  EXPECT_EQ(error_of("... sold thc"), "`...` at the edge of a term");
  EXPECT_EQ(error_of("sold thc ..."), "`...` at the edge of a term");
  EXPECT_EQ(error_of("(sold|...) thc"), "`...` inside a group");
  // Words must be words, groups stand apart, gaps are few and never doubled.
  EXPECT_EQ(error_of("(hit|!) ... him"), "an alternative with no words in a group");
  EXPECT_EQ(error_of("un(safe|kind)"), "a group joined to a word");
  EXPECT_EQ(error_of("sold ... ... pills"), "two `...` in a row");
  EXPECT_EQ(error_of("a ... b ... c ... d"), "more than 2 `...` in one term");
  EXPECT_EQ(expand("(sold|paid) ... $").size(), 2u);  // "$" is read as a word
  // Few phrases of many words: bounded by words in all, not only phrases.
  std::string many = "(a1|b1) (a2|b2) (a3|b3) (a4|b4) (a5|b5) (a6|b6) (a7|b7) (a8|b8) (a9|b9) (a0|b0)";
  for (int i = 0; i < 60; ++i) many += " word";
  EXPECT_NE(error_of(many).find("words in all"), std::string::npos);
  // Four groups of ten: 10,000 phrases is a mistake, not a pattern.
  std::string ten = "(a1|a2|a3|a4|a5|a6|a7|a8|a9|a0)";
  EXPECT_NE(error_of(ten + " " + ten + " " + ten + " " + ten).find("more than"), std::string::npos);
}

TEST(TermPattern, CheckingAgreesWithParsing) {
  // What the checker runs at every load: the same verdict and place as
  // parsing, without the parts.
  for (std::string t : {"(sold|selling) ... (thc|pills)", "threw hands", "(sold|selling thc",
                        "sold|selling", "un(safe|kind)", "sold ... ... pills", "... sold",
                        "(a|b) x ... y (c|d)", "(x|...) y"}) {
    read::TermPatternError parsed_err, checked_err;
    std::vector<std::vector<std::string_view>> parts;
    bool parsed = read::parse_term(t, parts, parsed_err);
    EXPECT_EQ(read::check_term(t, checked_err), parsed) << t;
    EXPECT_EQ(checked_err.message, parsed_err.message) << t;
    EXPECT_EQ(checked_err.offset, parsed_err.offset) << t;
  }
  // The parts are views into the term.
  std::string t = "(sold|selling) ... pills";
  std::vector<std::vector<std::string_view>> parts;
  read::TermPatternError err;
  ASSERT_TRUE(read::parse_term(t, parts, err));
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], (std::vector<std::string_view>{"sold", "selling"}));
  EXPECT_EQ(parts[1].front(), read::kWideGap);
  EXPECT_EQ(parts[2].front(), "pills");
  EXPECT_GE(parts[2].front().data(), t.data());
  EXPECT_LT(parts[2].front().data(), t.data() + t.size());
}

std::vector<std::string> behaviors_read(const Plan& p, const std::string& text) {
  std::vector<Mention> ms;
  p.reader->read(text, ms);
  Incident in;
  apply_reading(*p.model, text, ms, in);
  std::vector<std::string> out;
  for (auto& e : in.behavior_evidence)
    for (auto& ev : e.evidence)
      out.push_back(p.model->behaviors[static_cast<size_t>(e.behavior)].name + ":" + ev.text);
  return out;
}

TEST(TermPattern, AWideGapReadsUpToSixWordsInOneSentence) {
  auto p = testing::plan_of(R"P(
level 4 "x" { }
behavior drug_distribution { level 4 terms "(sold|selling) ... (thc|pills)" }
)P");
  ASSERT_TRUE(p);
  EXPECT_EQ(behaviors_read(*p, "He sold a classmate a THC vape cart."),
            (std::vector<std::string>{"drug_distribution:sold a classmate a THC"}));
  EXPECT_EQ(behaviors_read(*p, "selling two of his own prescription pills"),
            (std::vector<std::string>{"drug_distribution:selling two of his own prescription pills"}));
  // Seven words apart, or in two sentences, is not one act.
  EXPECT_TRUE(behaviors_read(*p, "He sold one two three four five six seven pills").empty());
  EXPECT_TRUE(behaviors_read(*p, "He sold his bike. The pills were his mom's.").empty());
  // Only in the order written.
  EXPECT_TRUE(behaviors_read(*p, "pills he sold").empty());
}

TEST(TermPattern, BadPatternsAreReportedWhereTheyAreWritten) {
  LoadResult r = load_policy_text("t.policy", R"P(level 4 "x" { }
behavior drug_distribution { level 4 terms "sold (thc|pills" }
)P");
  ASSERT_FALSE(r.ok());
  auto& d = r.diagnostics.items().front();
  EXPECT_EQ(d.rule, "bad-term");
  EXPECT_EQ(d.span.line, 2u);
  // The `(` inside the quoted term: column of the quote + 1 + 5.
  EXPECT_EQ(d.span.col, 50u);
  // Escapes take two columns in the source for one character of the term.
  LoadResult esc = load_policy_text("t.policy", R"P(level 4 "x" { }
behavior b { level 4 terms "say \"hi\" (a|b" }
)P");
  ASSERT_FALSE(esc.ok());
  EXPECT_EQ(esc.diagnostics.items().front().rule, "bad-term");
  EXPECT_EQ(esc.diagnostics.items().front().span.col, 40u);
}

}  // namespace
}  // namespace guidepost
