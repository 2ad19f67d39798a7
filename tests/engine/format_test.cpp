// The formatter (guidepost/format.h): the canonical layout on small inputs,
// comments kept, idempotence, files that do not parse, the unified diff, and
// the promise that formatting never changes a decision: every bundled policy
// is formatted into a copy of policies/ and its tests must decide alike.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "guidepost/decision_format.h"
#include "guidepost/format.h"
#include "guidepost/policy.h"
#include "guidepost/policy_tests.h"
#include "guidepost/render.h"

namespace fs = std::filesystem;
using guidepost::format_policy;
using guidepost::FormatResult;
using guidepost::unified_diff;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string diagnostics(const FormatResult& r) {
  std::string all;
  for (auto& d : r.diags.items()) all += guidepost::render_text(d, *r.sources);
  return all;
}

// Formats text that must parse; checks that formatting again changes nothing.
std::string fmt(const std::string& text) {
  FormatResult r = format_policy("t.policy", text);
  EXPECT_TRUE(r.ok) << diagnostics(r);
  EXPECT_EQ(r.changed, r.text != text);
  FormatResult again = format_policy("t.policy", r.text);
  EXPECT_TRUE(again.ok) << diagnostics(again);
  EXPECT_FALSE(again.changed) << "not idempotent:\n" << r.text << "---\n" << again.text;
  return r.text;
}

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

const fs::path kSource = GUIDEPOST_SOURCE_DIR;

// A fresh folder under the system temp folder, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("guidepost-fmt-" + std::to_string(rd()) + "-" +
                                         std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

// ---- the layout --------------------------------------------------------------

TEST(Format, SpacingAroundOperatorsAndPunctuation) {
  EXPECT_EQ(fmt("define  x=a==1 or(b!=2and c<=3)or not(d>=-4)\n"),
            "define x = a == 1 or (b != 2 and c <= 3) or not (d >= -4)\n");
  EXPECT_EQ(fmt("facts{w:enum{a,b,}=a\"w\" n:int 0..9=-1}"),
            "facts {\n  w: enum { a, b, } = a \"w\"\n  n: int 0 .. 9 = -1\n}\n");
  EXPECT_EQ(fmt("escalation{a->b->c d->e}"), "escalation {\n  a -> b -> c\n  d -> e\n}\n");
  EXPECT_EQ(fmt("agreement{clause 1{paraphrase\"p\"forbid sro . arrest,sro.cite "
                "when x unless y require notify ( parent ),emergency}}"),
            "agreement {\n  clause 1 {\n    paraphrase \"p\"\n"
            "    forbid sro.arrest, sro.cite when x unless y\n"
            "    require notify(parent), emergency\n  }\n}\n");
}

TEST(Format, OneLinePerFieldAndOneBlankLineBetweenItems) {
  EXPECT_EQ(fmt("policy \"p\" { title \"T\" effective 2024-01-01 }\nimport \"a.policy\"\n"
                "behavior b { level 1 level 2 when x terms \"t\", \"u\" implies y = 2 }"),
            "policy \"p\" {\n  title \"T\"\n  effective 2024-01-01\n}\n\n"
            "import \"a.policy\"\n\n"
            "behavior b {\n  level 1\n  level 2 when x\n  terms \"t\", \"u\"\n  implies y = 2\n}\n");
  EXPECT_EQ(fmt("responses { a \"A\", b, c \"C\", }"),
            "responses {\n  a \"A\",\n  b,\n  c \"C\",\n}\n");
  EXPECT_EQ(fmt("recognize { w = k: \"knife\", \"blade\" g: grade }"),
            "recognize {\n  w = k: \"knife\", \"blade\"\n  g: grade\n}\n");
  EXPECT_EQ(fmt("test \"t\" { behaviors a, b given x = 1 description \"d\" checks 1.1 "
                "expect outcome staff expect level none expect permitted sro.involve "
                "expect required notify(parent) expect clauses 1.1 }"),
            "test \"t\" {\n  behaviors a, b\n  given x = 1\n  description \"d\"\n"
            "  checks 1.1\n  expect outcome staff\n  expect level none\n"
            "  expect permitted sro.involve\n  expect required notify(parent)\n"
            "  expect clauses 1.1\n}\n");
  // `asked when` and `when`/`unless` stay on the line they are written on.
  EXPECT_EQ(fmt("facts { a: bool = false asked when b \"label\" }"),
            "facts {\n  a: bool = false asked when b \"label\"\n}\n");
  EXPECT_EQ(fmt("level 1 \"L\" { responses a..b description \"d\" }"),
            "level 1 \"L\" {\n  responses a .. b\n  description \"d\"\n}\n");
  EXPECT_EQ(fmt("behavior b {}\nbehavior c {  }"), "behavior b {}\n\nbehavior c {}\n");
}

TEST(Format, BlankLinesInsideBlocksAreKeptButNotDoubled) {
  EXPECT_EQ(fmt("facts {\n\n\n  a: bool\n\n\n\n  b: bool\n  c: bool\n\n}\n\n\n\n"),
            "facts {\n  a: bool\n\n  b: bool\n  c: bool\n}\n");
}

TEST(Format, KeepsEveryComment) {
  std::string in =
      "// head\n/* block\n   two lines */\npolicy \"p\" { // after brace\n"
      "  title \"T\" /* end */\n}\nfacts { a: bool /* mid */ = false // tail\n"
      "  // own line\n  b: bool\n  // before close\n}\n"
      "define x = a // one\n  or b /* two */\n// last";
  std::string out = fmt(in);
  for (const char* c : {"// head", "/* block\n   two lines */", "// after brace", "/* end */",
                        "/* mid */", "// tail", "// own line", "// before close", "// one",
                        "/* two */", "// last"})
    EXPECT_EQ(count(out, c), 1u) << c << "\n" << out;
  // An end-of-line comment stays at the end of its line.
  EXPECT_NE(out.find("policy \"p\" { // after brace\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  a: bool /* mid */ = false // tail\n"), std::string::npos) << out;
  // A comment forces the rest of a statement onto a continuation line.
  EXPECT_NE(out.find("define x = a // one\n  or b /* two */\n"), std::string::npos) << out;
  EXPECT_EQ(out.substr(out.size() - 8), "// last\n");
}

TEST(Format, CommentAttachedToTheItemBelow) {
  EXPECT_EQ(fmt("define a = x\n// about b\ndefine b = y\n"),
            "define a = x\n\n// about b\ndefine b = y\n");
  EXPECT_EQ(fmt("define a = x // about a\ndefine b = y\n"),
            "define a = x // about a\n\ndefine b = y\n");
}

TEST(Format, ValueListWithLineCommentsIsLaidOutAsABlock) {
  EXPECT_EQ(fmt("facts { w : enum {\n none, // no weapon\n knife } = none \"w\" }"),
            "facts {\n  w: enum {\n    none, // no weapon\n    knife\n  } = none \"w\"\n}\n");
  EXPECT_EQ(fmt("behavior b { level 2 when w in { knife, // k\n gun } or z }"),
            "behavior b {\n  level 2 when w in {\n    knife, // k\n    gun\n  } or z\n}\n");
  // Block comments alone keep the list inline, and its line breaks with it.
  EXPECT_EQ(fmt("define x = w in { a, /* b */ c }"), "define x = w in { a, /* b */ c }\n");
  EXPECT_EQ(fmt("define x = w in {\n a, /* b */ c\n }"), "define x = w in {\n  a, /* b */ c\n}\n");
}

// ---- continuation lines -------------------------------------------------------

TEST(Format, LineBreaksInsideAStatementAreKeptAsContinuationLines) {
  // A terms list over three lines: the author's alignment becomes one step.
  EXPECT_EQ(fmt("behavior b {\n  terms \"fight\", \"fought\",\n        \"brawl\",\n"
                "        \"scuffle\"\n}\n"),
            "behavior b {\n  terms \"fight\", \"fought\",\n    \"brawl\",\n    \"scuffle\"\n}\n");
  // A rule whose `when` condition spans lines.
  EXPECT_EQ(fmt("agreement { clause 1 { paraphrase \"p\"\n"
                "  forbid sro.arrest when level <= 3\n         and not armed\n"
                "             or x unless y } }"),
            "agreement {\n  clause 1 {\n    paraphrase \"p\"\n"
            "    forbid sro.arrest when level <= 3\n      and not armed\n      or x unless y\n"
            "  }\n}\n");
  // A define over lines, at the top level.
  EXPECT_EQ(fmt("define d =\n      a\n   or (b\n and c)\n"), "define d =\n  a\n  or (b\n  and c)\n");
  // A recognize rule with wrapped values.
  EXPECT_EQ(fmt("recognize {\n  w = k: \"knife\", \"knives\",\n          \"blade\"\n  g: grade\n}"),
            "recognize {\n  w = k: \"knife\", \"knives\",\n    \"blade\"\n  g: grade\n}\n");
  // A fact whose label is on the next line.
  EXPECT_EQ(fmt("facts { a: bool = false\n  asked when b\n  \"label\" }"),
            "facts {\n  a: bool = false\n    asked when b\n    \"label\"\n}\n");
}

TEST(Format, AStatementOnOneLineStaysOnOneLine) {
  std::string terms = "\"t0\"";
  for (int i = 1; i < 300; ++i) terms += ", \"t" + std::to_string(i) + "\"";
  std::string cond = "a0 == 1";
  for (int i = 1; i < 200; ++i) cond += " or a" + std::to_string(i) + " == 1";
  EXPECT_EQ(fmt("behavior b { terms " + terms + " level 2 when " + cond + " }"),
            "behavior b {\n  terms " + terms + "\n  level 2 when " + cond + "\n}\n");
  EXPECT_EQ(fmt("define d = " + cond), "define d = " + cond + "\n");
}

TEST(Format, BlankLinesInsideAStatementAreDropped) {
  EXPECT_EQ(fmt("define d = a\n\n\n   or b\n\n  or c\n\ndefine e = f\n"),
            "define d = a\n  or b\n  or c\n\ndefine e = f\n");
  EXPECT_EQ(fmt("behavior b {\n  terms \"a\",\n\n\n \"b\"\n\n  level 1\n}"),
            "behavior b {\n  terms \"a\",\n    \"b\"\n\n  level 1\n}\n");
}

TEST(Format, ACommaAtTheStartOfALineEndsThePreviousLine) {
  EXPECT_EQ(fmt("behavior b {\n  terms \"fight\"\n    , \"fought\"\n    , \"brawl\", \"x\"\n}"),
            "behavior b {\n  terms \"fight\",\n    \"fought\",\n    \"brawl\", \"x\"\n}\n");
  // A comma alone on its line: one break, after it.
  EXPECT_EQ(fmt("define x = w in { a\n,\n b }"), "define x = w in { a,\n  b }\n");
  // Between entries of a block the comma ends the line as always.
  EXPECT_EQ(fmt("responses {\n  a \"A\"\n  , b\n  , c\n}"), "responses {\n  a \"A\",\n  b,\n  c\n}\n");
  // After a block comment the comma follows the comment ...
  EXPECT_EQ(fmt("recognize { w = k: \"a\" /* c */\n , \"b\" }"),
            "recognize {\n  w = k: \"a\" /* c */,\n    \"b\"\n}\n");
  // ... but a `//` comment ends its line, so the comma starts the next one.
  EXPECT_EQ(fmt("recognize { w = k: \"a\" // c\n , \"b\" }"),
            "recognize {\n  w = k: \"a\" // c\n    , \"b\"\n}\n");
}

TEST(Format, TheOpeningLineOfABlockIsJoined) {
  EXPECT_EQ(fmt("behavior b\n  \"B\"\n{\n  level 1\n}\nlevel 1\n\"One\"\n{}\n"),
            "behavior b \"B\" {\n  level 1\n}\n\nlevel 1 \"One\" {}\n");
  EXPECT_EQ(fmt("agreement\n{\n  clause 1.1\n    \"Title\" { paraphrase \"p\" }\n}"),
            "agreement {\n  clause 1.1 \"Title\" {\n    paraphrase \"p\"\n  }\n}\n");
}

TEST(Format, AnInlineValueListClosesAtTheIndentationOfItsOpeningLine) {
  EXPECT_EQ(fmt("facts {\n  w: enum {\n       none, knife,\n       gun\n     } = none\n}"),
            "facts {\n  w: enum {\n    none, knife,\n    gun\n  } = none\n}\n");
  // A list opened on a continuation line indents from that line.
  EXPECT_EQ(fmt("define x = a\n or w in {\n k,\n g\n } and b"),
            "define x = a\n  or w in {\n    k,\n    g\n  } and b\n");
}

// Formatting twice changes nothing, wherever the source breaks its lines:
// line breaks, blank lines, indentation and comments are sprinkled at random
// between the tokens of a policy, before and after its commas.
TEST(Format, IdempotentWhereverTheSourceBreaks) {
  const std::string base =
      "policy \"p\" { title \"T\" } "
      "facts { w : enum { none , knife , gun } = none \"the weapon\" "
      "g : int 0 .. 12 = 6 asked when w != none \"grade\" a : bool = false } "
      "responses { warn \"Warning\" , detention , } "
      "recognize { w = knife : \"knife\" , \"blade\" , \"box cutter\" g : grade } "
      "behavior b \"B\" { level 2 when g >= 6 and w in { knife , gun } or a "
      "terms \"fight\" , \"fought\" , \"brawl\" implies a = true , g = 7 } "
      "define d = ( a or w == knife ) and not ( g < -1 ) "
      "agreement { clause 1.1 \"C\" { paraphrase \"p\" forbid sro . arrest , sro.cite "
      "when d unless a require notify ( parent ) , emergency when level >= 3 } } "
      "test \"t\" { behaviors b given a = true , g = 9 expect level 2 }";
  // The pieces between the spaces outside strings.
  std::vector<std::string> pieces(1);
  bool in_string = false;
  for (char c : base) {
    if (c == '"') in_string = !in_string;
    if (c == ' ' && !in_string) pieces.emplace_back();
    else pieces.back() += c;
  }
  const char* seps[] = {" ", " ", " ", "\n", "\n   ", "\n\n", "\n\t\t", " /* x */\n", " // y\n"};
  std::mt19937 rng(20240915);
  for (int round = 0; round < 300; ++round) {
    std::string text = pieces[0];
    for (size_t k = 1; k < pieces.size(); ++k) text += seps[rng() % std::size(seps)] + pieces[k];
    SCOPED_TRACE(text);
    fmt(text);  // fmt() checks that formatting the result again changes nothing
  }
}

TEST(Format, StringsAndNumbersAreKeptByteForByte) {
  std::string s = "\"caf\xc3\xa9 \\\"q\\\"  two  spaces\\t\"";
  std::string out = fmt("policy \"p\" { title " + s + " }\nfacts { n: int 007 .. 0099 = 010 }");
  EXPECT_NE(out.find("  title " + s + "\n"), std::string::npos) << out;
  EXPECT_NE(out.find("n: int 007 .. 0099 = 010\n"), std::string::npos) << out;
}

TEST(Format, WhitespaceCrLfTabsAndTheLastNewline) {
  EXPECT_EQ(fmt(""), "");
  EXPECT_EQ(fmt("  \n\n\t\n"), "");
  EXPECT_EQ(fmt("facts {\r\n\ta: bool   \r\n}\r\n"), "facts {\n  a: bool\n}\n");
  EXPECT_EQ(fmt("define a = b"), "define a = b\n");
  EXPECT_EQ(fmt("define a = b\n\n\n"), "define a = b\n");
  EXPECT_EQ(fmt("/* x   \r\n  y */   \r\n"), "/* x\n  y */\n");
}

TEST(Format, DeepNestingFormats) {
  std::string e = "x";
  for (int i = 0; i < 90; ++i) e = "(" + e + " or y)";
  std::string out = fmt("define a = " + e);
  EXPECT_EQ(out, "define a = " + e + "\n");
}

TEST(Format, SyntaxErrorIsReportedAndTextLeftAlone) {
  std::string in = "facts { a : bool\ndefine x = \n";
  FormatResult r = format_policy("bad.policy", in);
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(r.changed);
  EXPECT_EQ(r.text, in);
  ASSERT_TRUE(r.diags.has_errors());
  EXPECT_EQ(r.diags.items()[0].rule, "syntax");
  EXPECT_NE(diagnostics(r).find("bad.policy:"), std::string::npos) << diagnostics(r);
}

TEST(Format, InvalidUtf8IsReported) {
  FormatResult r = format_policy("bad.policy", "define a = b // \xff\n");
  EXPECT_FALSE(r.ok);
  ASSERT_TRUE(r.diags.has_errors());
  EXPECT_EQ(r.diags.items()[0].rule, "invalid-utf8");
}

TEST(Format, GoldenInputsAreIdempotent) {
  size_t formatted = 0;
  for (auto& e : fs::directory_iterator(kSource / "tests/golden/fmt")) {
    if (e.path().extension() != ".policy") continue;
    FormatResult r = format_policy(e.path().string(), read(e.path()));
    if (!r.ok) continue;  // the syntax-error cases
    ++formatted;
    FormatResult again = format_policy(e.path().string(), r.text);
    ASSERT_TRUE(again.ok) << e.path() << "\n" << diagnostics(again);
    EXPECT_FALSE(again.changed) << e.path();
  }
  EXPECT_GE(formatted, 5u);
}

// ---- the diff ---------------------------------------------------------------

TEST(FormatDiff, EqualTextsHaveNoDiff) { EXPECT_EQ(unified_diff("a/x", "b/x", "a\n", "a\n"), ""); }

TEST(FormatDiff, OneChangeWithThreeLinesOfContext) {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  EXPECT_EQ(unified_diff("a/x", "b/x", before, after),
            "--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(FormatDiff, DistantChangesMakeTwoHunksCloseOnesOne) {
  std::string before, far, near;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  far = before;
  far.replace(far.find("2\n"), 2, "two\n");
  far.replace(far.find("19\n"), 3, "nineteen\n");
  std::string d = unified_diff("a", "b", before, far);
  EXPECT_EQ(count(d, "@@ -"), 2u) << d;
  EXPECT_NE(d.find("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n"), std::string::npos) << d;
  EXPECT_NE(d.find("@@ -16,5 +16,5 @@\n"), std::string::npos) << d;
  near = before;
  near.replace(near.find("5\n"), 2, "five\n");
  near.replace(near.find("11\n"), 3, "eleven\n");
  EXPECT_EQ(count(unified_diff("a", "b", before, near), "@@ -"), 1u);
}

TEST(FormatDiff, InsertionsDeletionsAndTheLastNewline) {
  EXPECT_EQ(unified_diff("a", "b", "", "x\n"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
  EXPECT_EQ(unified_diff("a", "b", "x\n", ""), "--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n");
  EXPECT_EQ(unified_diff("a", "b", "x\ny", "x\ny\n"),
            "--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
  EXPECT_EQ(unified_diff("a", "b", "a\nb\n", "a\nnew\nb\n"),
            "--- a\n+++ b\n@@ -1,2 +1,3 @@\n a\n+new\n b\n");
}

// ---- formatting never changes a decision ----------------------------------------

namespace {

struct TestOutcome {
  std::string name;
  bool passed = false;
  std::string outcome, level, determining, json;
  bool operator==(const TestOutcome&) const = default;
};

std::vector<TestOutcome> run_tests(const fs::path& file) {
  guidepost::LoadResult r = guidepost::load_policy(file.string());
  std::string all;
  for (auto& d : r.diagnostics.items()) all += guidepost::render_text(d, *r.sources);
  EXPECT_TRUE(r.ok()) << file << "\n" << all;
  EXPECT_EQ(r.diagnostics.warning_count(), 0u) << file << "\n" << all;
  if (!r.ok()) return {};
  auto plan = guidepost::compile_plan(r.model);
  guidepost::TestRun run = guidepost::run_policy_tests(*plan);
  std::vector<TestOutcome> out;
  for (auto& res : run.results) {
    TestOutcome t;
    t.name = res.test->name;
    t.passed = res.passed();
    t.outcome = guidepost::outcome_name(res.decision.outcome);
    t.level = res.decision.has_level ? std::to_string(res.decision.level) + ".." +
                                           std::to_string(res.decision.level_max)
                                     : "none";
    for (int c : res.decision.determining) t.determining += plan->clauses[c]->number + " ";
    guidepost::append_decision_json(t.json, *plan, res.decision);
    out.push_back(std::move(t));
  }
  return out;
}

// What an import-only file (the shared vocabulary) declares.
std::string model_summary(const fs::path& file) {
  guidepost::LoadResult r = guidepost::load_policy(file.string());
  EXPECT_TRUE(r.ok()) << file;
  if (!r.ok()) return {};
  const auto& m = *r.model;
  std::string s;
  for (auto& f : m.facts) {
    s += "fact " + f.name + " " + f.label + " " + std::to_string(f.lo) + ".." +
         std::to_string(f.hi) + " " + std::to_string(f.default_value.value_or(-999)) +
         (f.asked_when ? " asked" : "");
    for (auto& v : f.values) s += " " + v;
    s += "\n";
  }
  for (auto& b : m.behaviors) {
    s += "behavior " + b.name + " " + b.label + " " + std::to_string(b.levels.size());
    for (auto& t : b.terms) s += " [" + t + "]";
    s += "\n";
  }
  for (auto& rule : m.recognize) {
    s += "recognize " + std::to_string(rule.fact) + "=" + std::to_string(rule.value) + " " +
         rule.extractor;
    for (auto& t : rule.terms) s += " [" + t + "]";
    s += "\n";
  }
  return s;
}

}  // namespace

TEST(FormatBundled, FormattingNeverChangesADecision) {
  const fs::path src = kSource / "policies";
  TempDir tmp;
  const fs::path copy = tmp.path() / "policies";
  fs::copy(src, copy, fs::copy_options::recursive);
  ASSERT_TRUE(fs::exists(copy / "guidepost.json"));
  ASSERT_TRUE(fs::exists(copy / "std" / "context.tsv"));

  // Format every policy file of the copy in place.
  guidepost::Diagnostics listing;
  auto files = guidepost::expand_policy_paths(copy.string(), listing);
  ASSERT_FALSE(listing.has_errors());
  ASSERT_FALSE(files.empty());
  for (auto& f : files) {
    std::string before = read(f);
    FormatResult r = format_policy(f, before);
    ASSERT_TRUE(r.ok) << f << "\n" << diagnostics(r);
    write(f, r.text);
  }
  // Formatting the formatted files changes nothing.
  for (auto& f : files) {
    FormatResult r = format_policy(f, read(f));
    ASSERT_TRUE(r.ok) << f << "\n" << diagnostics(r);
    EXPECT_FALSE(r.changed) << f << " is not stable:\n"
                            << unified_diff("a/" + f, "b/" + f, read(f), r.text);
  }

  size_t folders = 0, total = 0;
  for (const char* dir : {"std", "minnesota-model", "fairfax", "wake", "denver"}) {
    SCOPED_TRACE(dir);
    ASSERT_TRUE(fs::is_directory(src / dir));
    ++folders;
    if (!fs::exists(src / dir / "tests.policy")) {
      // No tests of its own (the shared vocabulary): it declares the same
      // things, and the folders that import it test it below.
      for (auto& e : fs::directory_iterator(src / dir))
        if (e.path().extension() == ".policy")
          EXPECT_EQ(model_summary(e.path()), model_summary(copy / dir / e.path().filename()));
      continue;
    }
    auto before = run_tests(src / dir / "tests.policy");
    auto after = run_tests(copy / dir / "tests.policy");
    ASSERT_FALSE(before.empty());
    ASSERT_EQ(before.size(), after.size());
    for (size_t i = 0; i < before.size(); ++i) {
      SCOPED_TRACE(before[i].name);
      EXPECT_TRUE(before[i].passed);
      EXPECT_TRUE(after[i].passed);
      EXPECT_EQ(before[i].name, after[i].name);
      EXPECT_EQ(before[i].outcome, after[i].outcome);
      EXPECT_EQ(before[i].level, after[i].level);
      EXPECT_EQ(before[i].determining, after[i].determining);
      EXPECT_EQ(before[i].json, after[i].json);
    }
    total += before.size();
  }
  EXPECT_EQ(folders, 5u);
  EXPECT_GT(total, 100u);
}
