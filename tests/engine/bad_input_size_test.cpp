// Inputs too big or too deep to commit as golden files: huge files, deep
// nesting, long chains, numbers that overflow. Each test checks the rule id
// (and the position, where there is one) and that loading neither crashes
// nor hangs.
#include "bad_input_support.h"
// ---- size ------------------------------------------------------------------

TEST(BadInput, TenMegabyteFileIsTooLarge) {
  TempDir dir;
  std::string line = "// " + std::string(60, 'x') + "\n";
  std::string text = repeat(line, (10u << 20) / line.size() + 1);
  text.resize(10u << 20);
  fs::path p = dir.write("huge.policy", text);
  LoadResult r = within(std::chrono::seconds(60), "loading a 10 MB file",
                        [&] { return guidepost::load_policy(p.string()); });
  // A whole-file problem has no position: the file name alone is reported.
  ASSERT_NE(find_rule(r, "file-too-large"), nullptr) << dump(r);
  EXPECT_FALSE(find_rule(r, "file-too-large")->span.known());
  EXPECT_NE(find_rule(r, "file-too-large")->message.find(std::to_string(10u << 20)),
            std::string::npos)
      << dump(r);
  EXPECT_EQ(r.diagnostics.items().size(), 1u) << dump(r);
  expect_well_formed(r);

  LoadResult t = load_text(dir, text);
  ASSERT_NE(find_rule(t, "file-too-large"), nullptr) << dump(t);
  EXPECT_FALSE(find_rule(t, "file-too-large")->span.known());
}

TEST(BadInput, SizeLimitBoundary) {
  TempDir dir;
  const size_t limit = guidepost::ParseOptions{}.max_bytes;
  std::string line = "// padding " + std::string(50, '.') + "\n";
  std::string at_limit = repeat(line, limit / line.size() + 1);
  at_limit.resize(limit - 1);
  at_limit += "\n";
  ASSERT_EQ(at_limit.size(), limit);
  LoadResult ok = load_text(dir, at_limit);
  EXPECT_EQ(find_rule(ok, "file-too-large"), nullptr) << "a file of exactly the limit is allowed";
  EXPECT_TRUE(ok.ok()) << dump(ok);

  LoadResult over = load_text(dir, at_limit + "\n");
  EXPECT_NE(find_rule(over, "file-too-large"), nullptr) << dump(over);
}

TEST(BadInput, ImportedFileTooLarge) {
  TempDir dir;
  dir.write("big.policy", std::string(5u << 20, '\n'));
  LoadResult r = load_text(dir, std::string(kHeader) + "import \"big.policy\"\n");
  const Diagnostic* d = find_rule(r, "file-too-large");
  ASSERT_NE(d, nullptr) << dump(r);
  // Reported at the import, which is where the user can act on it.
  EXPECT_EQ(r.sources->get(d->span.file)->path, "input.policy");
  EXPECT_EQ(d->span.line, 2u);
  EXPECT_NE(d->message.find("big.policy"), std::string::npos);
  EXPECT_FALSE(r.ok());
}

// ---- nesting and long chains -------------------------------------------------

TEST(BadInput, TenThousandNestedParenthesesInDefine) {
  TempDir dir;
  std::string line2 = "define deep = " + std::string(10000, '(') + "iep" + std::string(10000, ')');
  std::string text = "facts { iep : bool = false }\n" + line2 + "\n";
  LoadResult r = within(std::chrono::seconds(60), "10,000 nested parentheses",
                        [&] { return load_text(dir, text); });
  // The first parenthesis past the limit of 100: the 101st.
  EXPECT_ERROR_AT(r, "nesting-too-deep", 2, col_of(line2, "(") + 100);
  expect_well_formed(r);
  // The source line is cut around the caret, not printed whole.
  std::string shown = guidepost::render_text(*find_rule(r, "nesting-too-deep"), *r.sources);
  EXPECT_LT(shown.size(), 1000u) << shown;
}

TEST(BadInput, NestingAtTheLimitIsAccepted) {
  TempDir dir;
  std::string text = "facts { iep : bool = false }\ndefine deep = " + std::string(100, '(') +
                     "iep" + std::string(100, ')') + "\n";
  LoadResult r = load_text(dir, text);
  EXPECT_TRUE(r.ok()) << dump(r);
}

TEST(BadInput, TenThousandNestedBraces) {
  TempDir dir;
  std::string text = "facts " + std::string(10000, '{') + "\n";
  LoadResult r = within(std::chrono::seconds(60), "10,000 nested braces",
                        [&] { return load_text(dir, text); });
  EXPECT_ERROR_AT(r, "nesting-too-deep", 1, 7 + 100);
}

TEST(BadInput, TenThousandNots) {
  TempDir dir;
  for (int n : {10000, 10001}) {
    std::string text = "facts { iep : bool = false }\ndefine d = " + repeat("not ", n) + "iep\n";
    LoadResult r = within(std::chrono::seconds(60), "10,000 nots",
                          [&] { return load_text(dir, text); });
    EXPECT_TRUE(r.ok()) << n << " nots:\n" << dump(r);
  }
}

TEST(BadInput, TenThousandNotsWithParentheses) {
  TempDir dir;
  std::string line2 = "define d = " + repeat("not (", 10000) + "iep" + std::string(10000, ')');
  std::string text = "facts { iep : bool = false }\n" + line2 + "\n";
  LoadResult r = within(std::chrono::seconds(60), "10,000 `not (`",
                        [&] { return load_text(dir, text); });
  // "not (" is five characters; the 101st "(" ends the 101st of them.
  EXPECT_ERROR_AT(r, "nesting-too-deep", 2, col_of(line2, "(") + 5 * 100);
}

TEST(BadInput, HundredThousandTermOrChain) {
  TempDir dir;
  std::string chain = "iep";
  for (int i = 1; i < 100000; ++i) chain += (i % 2 ? " or injury == serious" : " or iep");
  std::string text =
      "facts { iep : bool = false  injury : enum { none, minor, serious } = none }\n"
      "define everything = " + chain + "\n";
  LoadResult r = within(std::chrono::seconds(120), "a 100,000-term `or` chain",
                        [&] { return load_text(dir, text); });
  // Loading it or refusing it cleanly are both fine; crashing is not.
  if (!r.ok()) EXPECT_TRUE(r.diagnostics.has_errors()) << dump(r);
  expect_well_formed(r);
}

TEST(BadInput, HundredThousandTermAndChain) {
  TempDir dir;
  std::string text = "facts { iep : bool = false }\ndefine all = iep" +
                     repeat(" and not iep", 99999) + "\n";
  LoadResult r = within(std::chrono::seconds(120), "a 100,000-term `and` chain",
                        [&] { return load_text(dir, text); });
  if (!r.ok()) EXPECT_TRUE(r.diagnostics.has_errors()) << dump(r);
  expect_well_formed(r);
}

TEST(BadInput, LongChainOfDefinesInBehaviorLevel) {
  // Each define reads the previous one; the behavior's level condition reads
  // the last, so the checker follows the whole chain to look for `level`.
  TempDir dir;
  const int n = 2000;
  std::string text = std::string(kHeader) +
                     "facts { iep : bool = false }\nlevel 1 \"Classroom\" { }\ndefine d0 = iep\n";
  for (int i = 1; i <= n; ++i)
    text += "define d" + std::to_string(i) + " = iep and d" + std::to_string(i - 1) + "\n";
  text += "behavior b \"B\" { level 1 when d" + std::to_string(n) + " }\n";
  LoadResult r = within(std::chrono::seconds(120), "a 2,000-define chain",
                        [&] { return load_text(dir, text); });
  // Chains are capped at 64 defines; the first define past the cap is
  // reported once, not every define after it.
  EXPECT_ERROR_AT(r, "define-too-deep", 68, 8);
  size_t n_deep = 0;
  for (auto& dd : r.diagnostics.items()) n_deep += dd.rule == "define-too-deep";
  EXPECT_EQ(n_deep, 1u) << dump(r);
}

// Two files under the size limit, each a chain of 120,000 defines: once a
// stack overflow in the checker; now a define-too-deep error.
TEST(BadInput, VeryLongChainOfDefinesAcrossImports) {
  TempDir dir;
  const int n = 120000;
  std::string a = "facts { iep : bool = false }\ndefine a0 = iep\n";
  for (int i = 1; i <= n; ++i)
    a += "define a" + std::to_string(i) + " = iep and a" + std::to_string(i - 1) + "\n";
  dir.write("part_a.policy", a);
  std::string b = "import \"part_a.policy\"\nlevel 1 \"Classroom\" { }\ndefine b0 = iep and a" +
                  std::to_string(n) + "\n";
  for (int i = 1; i <= n; ++i)
    b += "define b" + std::to_string(i) + " = iep and b" + std::to_string(i - 1) + "\n";
  b += "behavior x \"X\" { level 1 when b" + std::to_string(n) + " }\n";
  fs::path p = dir.write("part_b.policy", b);
  LoadResult r = within(std::chrono::seconds(120), "a 240,000-define chain",
                        [&] { return guidepost::load_policy(p.string()); });
  EXPECT_TRUE(r.ok() || r.diagnostics.has_errors()) << dump(r);
}

// A chain where each define names the previous one twice: once 2^n steps
// in the checker; linear now that each define's answer is remembered.
TEST(BadInput, DefinesThatShareDefinesCheckInLinearTime) {
  TempDir dir;
  const int n = 40;
  std::string text = std::string(kHeader) +
                     "facts { iep : bool = false }\nlevel 1 \"Classroom\" { }\ndefine d0 = iep\n";
  for (int i = 1; i <= n; ++i)
    text += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " or d" +
            std::to_string(i - 1) + "\n";
  text += "behavior b \"B\" { level 1 when d" + std::to_string(n) + " }\n";
  LoadResult r = within(std::chrono::seconds(20), "40 defines that share defines",
                        [&] { return load_text(dir, text); });
  EXPECT_TRUE(r.ok()) << dump(r);
}

// ---- numbers -------------------------------------------------------------------

TEST(BadInput, NumbersThatOverflow) {
  TempDir dir;
  struct Case {
    std::string line, number;
  };
  const std::vector<Case> cases = {
      {"facts { n : int 0..18446744073709551616 = 0 }", "18446744073709551616"},
      {"facts { n : int 0..9223372036854775808 = 0 }", "9223372036854775808"},
      {"facts { n : int -99999999999999999999..0 = 0 }", "-99999999999999999999"},
      {"level 99999999999999999999999999 \"Huge\" { }", "99999999999999999999999999"},
      {"facts { n : int 0..10 = 0 } define d = n > 123456789012345678901234567890",
       "123456789012345678901234567890"},
      {"facts { n : int 0..10 = 0 } test \"t\" { given n = 77777777777777777777 }",
       "77777777777777777777"},
      {"facts { n : int 0..10 = " + std::string(5000, '9') + " }", std::string(5000, '9')},
  };
  for (auto& c : cases) {
    SCOPED_TRACE(c.line.substr(0, 80));
    LoadResult r = load_text(dir, c.line + "\n");
    EXPECT_ERROR_AT(r, "number-overflow", 1, col_of(c.line, c.number));
    expect_well_formed(r);
  }
}

TEST(BadInput, LargestNumbersThatFitAreAccepted) {
  TempDir dir;
  LoadResult r = load_text(dir,
                           "facts { n : int -9223372036854775807..9223372036854775807 = 0 }\n"
                           "define big = n >= 9223372036854775807\n");
  EXPECT_TRUE(r.ok()) << dump(r);
}

