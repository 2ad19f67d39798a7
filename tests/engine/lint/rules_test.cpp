// Every lint rule, one case each: a policy where the rule must report, on
// the lines marked `// HERE`. A rule of the registry without a case here
// fails the test, and a policy with none of the problems (kClean) gives no
// finding at all.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "guidepost/lint.h"
#include "guidepost/render.h"

namespace guidepost::lint {
namespace {

std::string dump(const Result& r) {
  std::string s;
  for (auto& f : r.findings) s += render_text(f.diag, *f.sources);
  return s;
}

std::vector<const Finding*> of_rule(const Result& r, const std::string& rule) {
  std::vector<const Finding*> out;
  for (auto& f : r.findings)
    if (f.diag.rule == rule) out.push_back(&f);
  return out;
}

std::vector<uint32_t> marked_lines(const std::string& text) {
  std::vector<uint32_t> out;
  std::istringstream in(text);
  std::string line;
  for (uint32_t n = 1; std::getline(in, line); ++n)
    if (line.find("HERE") != std::string::npos) out.push_back(n);
  return out;
}

Result lint(const std::string& text, const Config& c = {}, const Options& o = {}) {
  Result r = lint_text("test.policy", text, c, o);
  EXPECT_EQ(r.failed_to_check, 0u) << dump(r);
  return r;
}

}  // namespace

// A policy none of the rules objects to.
const char* kClean = R"(
policy "clean" { title "Clean" }
facts {
  weapon : enum { none, knife, firearm } = none "the most dangerous weapon involved"
  imminent_threat : bool = false asked when weapon != none "a present danger to someone"
  iep : bool = false "the student has an IEP or a 504 plan"
}
responses { talk, suspension, expulsion }
roles { teacher, administrator, sro, parent, case_manager }
escalation {
  teacher -> administrator -> sro
  administrator -> parent
  administrator -> case_manager
}
level 1 "Minor" { responses talk .. talk }
level 2 "Serious" { responses suspension .. suspension }
level 5 "Most serious" { responses suspension .. expulsion }
behavior disruption "Disruption" { level 1 terms "disrupted class" }
behavior weapon_possession "Weapon" { level 2 level 5 when weapon == firearm terms "had a weapon" }
define armed = weapon in { knife, firearm }
agreement "Clean MOA" {
  document "Clean MOA 2024"
  url "https://example.org/moa"
  clause 1.1 "Role" {
    quote "The SRO shall not enforce school rules or discipline."
    kinds ROLE-01
    forbid sro.involve unless armed or imminent_threat
    permit sro.involve when armed or imminent_threat
  }
  clause 1.2 "Arrest" {
    quote "The SRO arrests or restrains only in the most serious incidents."
    kinds ARREST-01, FORCE-01
    permit sro.arrest, sro.restrain when level == 5
  }
  clause 1.3 "Emergencies" {
    quote "Staff call 911 when someone is in danger now."
    kinds EMERG-01
    require emergency when imminent_threat
  }
  clause 1.4 "Students with disabilities" {
    quote "The case manager is told when a student with an IEP is involved."
    kinds SPED-01
    require notify(case_manager) when iep and armed
  }
  clause 1.5 "Review" {
    quote "The parties review the agreement together every year."
    kinds EVAL-01, SELECT-01, TRAIN-01, DATA-01
  }
}
test "a disruption stays with staff" {
  behaviors disruption
  checks 1.1
  expect outcome staff
}
test "a firearm brings in the SRO" {
  behaviors weapon_possession
  given weapon = firearm, imminent_threat = false, iep = true
  checks 1.2, 1.4
  expect outcome sro
  expect permitted sro.arrest
}
test "danger now calls 911" {
  behaviors disruption
  given imminent_threat = true
  checks 1.3
  expect outcome emergency
}
)";

TEST(LintRules, CleanPolicyHasNoFinding) {
  Result r = lint(kClean);
  EXPECT_TRUE(r.findings.empty()) << dump(r);
  EXPECT_EQ(r.exit_code(Severity::Warning), 0);
}

// A small agreement for the cases below: sourced, with a long enough quote.
#define SOURCED "document \"MOA\" url \"https://example.org/moa\""

const std::map<std::string, std::string>& cases() {
  static const std::map<std::string, std::string> c = {
      {"agreement-without-source", R"(
agreement "A" {  // HERE
  clause 1 { quote "one two three four five six" document "D" url "https://example.org" }
}
)"},
      {"arrest-at-low-level", R"(
level 1 "Minor" { }
level 5 "Most serious" { }
behavior fighting { level 1 terms "fight" }
behavior robbery { level 5 terms "robbed" }
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "The SRO may arrest for any fight at all."
    permit sro.arrest when fighting  // HERE
    permit sro.restrain when robbery
  }
}
)"},
      {"asked-never-holds", R"(
facts {
  weapon : enum { none, knife } = none
  danger : bool = false asked when weapon == none and weapon == knife  // HERE
}
behavior b { terms "b" }
define x = danger
)"},
      {"behavior-without-level", R"(
level 1 "Minor" { }
behavior a { level 1 terms "a" }
behavior b { terms "b" }  // HERE
)"},
      {"behavior-without-terms", R"(
behavior a { terms "a" }
behavior b { }  // HERE
)"},
      {"clause-without-source", R"(
agreement "A" {
  document "MOA"
  clause 1 {  // HERE
    quote "one two three four five six"
  }
  clause 2 { quote "seven eight nine ten eleven twelve" url "https://example.org" }
}
)"},
      {"condition-always-holds", R"(
facts { w : enum { a, b } = a }
level 1 "L" { }
behavior x { level 1 level 1 when w == a or w != a terms "x" }  // HERE
define always = not (w == a and w == b)  // HERE
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    permit sro.question when w == a or w == b  // HERE
    require notify(r)
  }
}
roles { t, r }
escalation { t -> r }
)"},
      {"condition-never-holds", R"(
facts { w : enum { a, b } = a }
level 1 "L" { }
level 2 "M" { }
behavior x { level 1 level 2 when w == a and w == b terms "x" }  // HERE
behavior y { level 1 level 2 when not y terms "y" }  // HERE
define never = w == a and w != a  // HERE
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    permit sro.search when w == a unless w != b  // HERE
    forbid sro.search when level == 2 and not x and not y  // HERE
  }
}
)"},
      {"duplicate-prose", R"(
agreement "A" { )" SOURCED R"(
  clause 1 { quote "The SRO does not enforce school rules." }
  clause 2 { paraphrase "the SRO  does not enforce school RULES." }  // HERE
}
)"},
      {"duplicate-term", R"(
behavior fighting { terms "fight", "brawl" }
behavior brawling { terms "Brawls", "scuffle" }  // HERE
behavior other { terms "other" }
)"},
      {"kind-without-rule", R"(
agreement "A" { )" SOURCED R"(
  clause 1 {  // HERE
    quote "The SRO restrains a student only to stop an imminent threat."
    kinds FORCE-01
  }
  clause 2 { quote "The SRO questions students only with a parent present." kinds QUEST-01 permit sro.question when false }
}
)"},
      {"level-never-raises", R"(
facts { n : int 1..10 = 1 }
level 1 "L" { }
level 2 "M" { }
behavior x {
  level 2
  level 1 when n >= 3  // HERE
  level 2 when n >= 5  // HERE
  terms "x"
}
)"},
      {"level-without-responses", R"(
responses { talk }
level 1 "L" { responses talk .. talk }
level 2 "M" { }  // HERE
)"},
      {"paraphrase-without-rule", R"(
agreement "A" { )" SOURCED R"(
  clause 1 { paraphrase "The SRO keeps out of school discipline entirely." kinds ROLE-01 }  // HERE
  clause 2 { paraphrase "The SRO is trained every year in de-escalation." kinds TRAIN-01 }
}
)"},
      {"permit-always-overridden", R"(
facts { w : enum { none, knife, gun } = none }
level 1 "L" { }
level 2 "M" { }
behavior x { level 1 level 2 when w != none terms "x" }
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    permit sro.arrest when level <= 2  // HERE
    permit sro.search when w == knife  // HERE
    permit sro.question when w == gun
  }
  clause 2 {
    quote "seven eight nine ten eleven twelve"
    forbid sro.arrest when level >= 1
    forbid sro.search, sro.question when w in { knife, none }
  }
}
)"},
      {"protected-attribute-escalation", R"(
facts {
  iep : bool = false
  status : enum { native, learner } = native "English learner status"
  race : enum { a, b } = a
}
roles { t, case_manager }
escalation { t -> case_manager }
define flagged = status == learner
level 1 "L" { }
level 2 "M" { }
behavior x { level 1 level 2 when race == b terms "x" }  // HERE
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    forbid sro.involve when iep  // HERE
    permit sro.question when x unless flagged  // HERE
    require emergency when x and race == a  // HERE
    require notify(case_manager) when iep and flagged
  }
}
)"},
      {"secure-step-uncovered", R"(
agreement "A" { )" SOURCED R"(  // HERE
  clause 1 { quote "The SRO keeps out of school discipline entirely." kinds ROLE-01 }
}
)"},
      {"short-quote", R"(
agreement "A" { )" SOURCED R"(
  clause 1 { quote "Dial 911." }  // HERE
  clause 2 { paraphrase "Dial 911." }
  clause 3 { quote "one two three four five six" }
}
)"},
      {"suppression-without-reason", R"(
agreement "A" { )" SOURCED R"(
  // guidepost-lint-ignore short-quote  // HERE
  clause 1 { quote "Dial 911." }
  clause 2 { quote "Call the police HERE." }  // guidepost-lint-ignore short-quote:
}
)"},
      {"test-without-checks", R"(
level 1 "L" { }
behavior x { level 1 terms "x" }
agreement "A" { )" SOURCED R"(
  clause 1 { quote "one two three four five six" forbid sro.involve }
}
test "no checks" {  // HERE
  behaviors x
  expect outcome staff
}
)"},
      {"test-without-expect", R"(
level 1 "L" { }
behavior x { level 1 terms "x" }
test "expects nothing" {  // HERE
  behaviors x
}
)"},
      {"unconditional-sro-involvement", R"(
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    permit sro.involve, sro.question  // HERE
    permit sro.involve when false
  }
}
)"},
      {"undecided-incident", R"(
facts { w : enum { none, knife } = none }
level 1 "L" { }
level 2 "M" { }
behavior x { level 1 terms "x" }  // HERE
behavior y { level 2 terms "y" }
agreement "A" { )" SOURCED R"(
  clause 1 {
    quote "one two three four five six"
    permit sro.involve when w == knife
    forbid sro.involve when y
    forbid sro.involve unless x or y
  }
}
)"},
      {"unread-fact", R"(
facts {
  read : bool = false
  unread : bool = false  // HERE
}
level 1 "L" { }
behavior x { level 1 terms "x" }
define d = read
)"},
      {"untested-clause", R"(
facts { w : enum { none, knife } = none }
level 1 "L" { }
behavior x { level 1 terms "x" }
agreement "A" { )" SOURCED R"(
  clause 1 { quote "one two three four five six" forbid sro.involve unless w == knife }
  clause 2 {  // HERE
    quote "seven eight nine ten eleven twelve"
    permit sro.involve when w == knife
  }
}
test "a plain x stays with staff" {
  behaviors x
  checks 1
  expect outcome staff
}
)"},
      {"unused-define", R"(
facts { w : bool = false }
level 1 "L" { }
behavior x { level 1 level 1 when used terms "x" }
define used = w
define unused = w and x  // HERE
)"},
      {"unused-suppression", R"(
agreement "A" { )" SOURCED R"(
  // guidepost-lint-ignore short-quote: the whole sentence  // HERE
  clause 1 { quote "one two three four five six" }
  // guidepost-lint-ignore short-qoute: typo in the rule id  // HERE
  clause 2 { quote "Dial 911." }  // guidepost-lint-ignore short-quote: it is the whole text
}
)"},
  };
  return c;
}

TEST(LintRules, EveryRuleHasACase) {
  for (auto* r : rules()) EXPECT_TRUE(cases().count(r->info().id)) << r->info().id;
}

TEST(LintRules, EachRuleReportsOnItsMarkedLines) {
  for (auto& [rule, body] : cases()) {
    SCOPED_TRACE(rule);
    std::string text = "policy \"p\" { title \"P\" }\n" + body;
    Result r = lint(text);
    auto found = of_rule(r, rule);
    auto lines = marked_lines(text);
    ASSERT_FALSE(lines.empty());
    std::set<uint32_t> got;
    for (auto* f : found) got.insert(f->diag.span.line);
    EXPECT_EQ(got, std::set<uint32_t>(lines.begin(), lines.end())) << dump(r);
    const Rule* info = find_rule(rule);
    ASSERT_NE(info, nullptr);
    for (auto* f : found) {
      EXPECT_EQ(f->diag.severity, info->info().severity);
      EXPECT_FALSE(f->diag.message.empty());
      EXPECT_FALSE(f->diag.help.empty()) << f->diag.message;
    }
  }
}

TEST(LintRules, RegistryIsWellFormed) {
  EXPECT_GE(rules().size(), 20u);
  std::set<std::string> ids;
  for (auto* r : rules()) {
    const RuleInfo& i = r->info();
    EXPECT_TRUE(ids.insert(i.id).second) << i.id;
    EXPECT_TRUE(i.severity == Severity::Error || i.severity == Severity::Warning) << i.id;
    EXPECT_FALSE(i.summary.empty()) << i.id;
    for (char c : i.id) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << i.id;
    EXPECT_EQ(find_rule(i.id), r);
  }
  // Every category has a rule.
  std::set<Category> cats;
  for (auto* r : rules()) cats.insert(r->info().category);
  EXPECT_EQ(cats.size(), 5u);
}

// ---- details of single rules -------------------------------------------------

TEST(LintRules, ArrestAtLowLevelGivesAnIncidentTheEngineAgreesWith) {
  Result r = lint(R"(
policy "p" { title "P" }
facts { danger : bool = false }
level 1 "L" { }
level 4 "S" { }
behavior talk { level 1 terms "talk" }
behavior gun { level 4 terms "gun" }
agreement "A" { document "D" url "https://example.org"
  clause 1 {
    quote "one two three four five six"
    permit sro.arrest, sro.restrain when danger
    forbid sro.arrest unless level >= 4
  }
}
)");
  auto f = of_rule(r, "arrest-at-low-level");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  // Arrest is forbidden below level 4; restraint is not.
  EXPECT_NE(f[0]->diag.message.find("sro.restrain"), std::string::npos);
  EXPECT_EQ(f[0]->diag.message.find("sro.arrest"), std::string::npos);
  EXPECT_NE(f[0]->diag.message.find("danger = true"), std::string::npos) << f[0]->diag.message;
  EXPECT_NE(f[0]->diag.message.find("(level 1)"), std::string::npos) << f[0]->diag.message;
}

TEST(LintRules, ArrestAtLowLevelSeesTheLevelAnotherBehaviorBrings) {
  // The permit names no behavior: any behavior at level 1 to 3 will do, and
  // the level of a conditional level counts.
  Result r = lint(R"(
policy "p" { title "P" }
facts { n : int 0..9 = 0 }
level 2 "L" { }
level 5 "S" { }
behavior theft { level 5 level 5 when n >= 3 terms "stole" }
behavior fight { level 5 terms "fight" }
behavior shove { level 2 terms "shove" }
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" permit sro.arrest when level <= 2 }
}
)");
  auto f = of_rule(r, "arrest-at-low-level");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  EXPECT_NE(f[0]->diag.message.find("behaviors shove"), std::string::npos) << f[0]->diag.message;
}

TEST(LintRules, ArrestOnlyAtHighLevelsIsQuiet) {
  Result r = lint(R"(
policy "p" { title "P" }
facts { n : int 0..9 = 0 }
level 2 "L" { }
level 5 "S" { }
behavior theft { level 2 level 5 when n >= 3 terms "stole" }
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" permit sro.arrest when theft and n >= 3 }
}
)");
  EXPECT_TRUE(of_rule(r, "arrest-at-low-level").empty()) << dump(r);
}

TEST(LintRules, ConditionOnALevelNoBehaviorReachesNeverHolds) {
  // Level 3 exists but no behavior has it: `level == 3` never holds.
  Result r = lint(R"(
policy "p" { title "P" }
level 1 "L" { }
level 3 "M" { }
behavior x { level 1 terms "x" }
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" permit sro.search when level == 3 }
}
)");
  EXPECT_EQ(of_rule(r, "condition-never-holds").size(), 1u) << dump(r);
}

TEST(LintRules, NumbersAreTriedAtEveryValueAConditionTellsApart) {
  // Each holds for exactly one number; none is reported as never holding,
  // and the impossible one is.
  Result r = lint(R"(
policy "p" { title "P" }
facts { n : int 0..1000 = 0 }
agreement "A" { document "D" url "https://example.org"
  clause 1 {
    quote "one two three four five six"
    permit sro.search when n > 3 and n < 5
    permit sro.question when n in { 7 } and n >= 7
    permit sro.cite when n == 1000
    permit sro.arrest when n >= 10 and n < 10
  }
}
)");
  auto f = of_rule(r, "condition-never-holds");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  EXPECT_NE(f[0]->diag.message.find("sro.arrest"), std::string::npos);
}

TEST(LintRules, ProtectedAttributeInProceduralDutiesIsAllowed) {
  Result r = lint(R"(
policy "p" { title "P" }
facts {
  iep : bool = false "the student has an IEP or a 504 plan"
  english_learner : bool = false
}
roles { t, case_manager, interpreter }
escalation { t -> case_manager  t -> interpreter }
agreement "A" { document "D" url "https://example.org"
  clause 1 {
    quote "one two three four five six"
    require notify(case_manager) when iep
    require consult(interpreter) when english_learner
  }
}
)");
  EXPECT_TRUE(of_rule(r, "protected-attribute-escalation").empty()) << dump(r);
}

TEST(LintRules, ProtectedAttributeThroughADefineNamesTheDefine) {
  Result r = lint(R"(
policy "p" { title "P" }
facts { disability : bool = false }
define needs_support = disability
define risky = needs_support
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" permit sro.restrain when risky }
}
)");
  auto f = of_rule(r, "protected-attribute-escalation");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  EXPECT_NE(f[0]->diag.message.find("`disability`"), std::string::npos);
  EXPECT_NE(f[0]->diag.message.find("define `risky`"), std::string::npos) << f[0]->diag.message;
}

TEST(LintRules, UndecidedIncidentsForOneReasonAreOneFinding) {
  Result r = lint(R"(
policy "p" { title "P" }
facts { outsider : bool = false }
level 1 "L" { }
behavior a { level 1 terms "a" }
behavior b { level 1 terms "b" }
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" forbid sro.involve unless outsider }
}
)");
  auto f = of_rule(r, "undecided-incident");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  EXPECT_NE(f[0]->diag.message.find("given outsider = true"), std::string::npos) << f[0]->diag.message;
  EXPECT_NE(f[0]->diag.message.find("3 kinds of incident"), std::string::npos) << f[0]->diag.message;
}

TEST(LintRules, UndecidedIncidentWithNoInvolvementRuleAtAll) {
  Result r = lint(R"(
policy "p" { title "P" }
agreement "A" { document "D" url "https://example.org"
  clause 1 { quote "one two three four five six" permit sro.search when false }
}
)");
  auto f = of_rule(r, "undecided-incident");
  ASSERT_EQ(f.size(), 1u) << dump(r);
  EXPECT_NE(f[0]->diag.message.find("decides no incident"), std::string::npos);
}

TEST(LintRules, EmergencyRulesDecideIncidents) {
  Result r = lint(R"(
policy "p" { title "P" }
facts { danger : bool = false }
level 1 "L" { }
behavior a { level 1 terms "a" }
agreement "A" { document "D" url "https://example.org"
  clause 1 {
    quote "one two three four five six"
    forbid sro.involve unless danger
    require emergency when danger
  }
}
)");
  EXPECT_TRUE(of_rule(r, "undecided-incident").empty()) << dump(r);
}

TEST(LintRules, UnreadFactsOfASharedVocabularyAreExempt) {
  // A file with no levels and no agreement is a vocabulary: policies that
  // import it read their part of it.
  Result r = lint(R"(
policy "std" { title "Vocabulary" }
facts { grade : int 0..12 }
define never_used = grade >= 9
behavior x { terms "x" }
)");
  EXPECT_TRUE(of_rule(r, "unread-fact").empty()) << dump(r);
  EXPECT_TRUE(of_rule(r, "unused-define").empty()) << dump(r);
}

TEST(LintRules, SearchesStopAtTheBudgetAndSaySo) {
  Options o;
  o.max_combinations = 5;
  Result r = lint(R"(
policy "p" { title "P" }
facts { a : bool = false  b : bool = false  c : bool = false  d : bool = false }
agreement "A" { document "D" url "https://example.org"
  clause 1 {
    quote "one two three four five six"
    permit sro.search when a and b and c and d
    forbid sro.search when a and b and c and not d
  }
}
)",
                  {}, o);
  bool noted = false;
  for (auto& f : r.findings)
    if (f.diag.severity == Severity::Note && f.diag.message.find("stopped after 5") != std::string::npos)
      noted = true;
  EXPECT_TRUE(noted) << dump(r);
  EXPECT_EQ(r.exit_code(Severity::Warning) == 1, r.count(Severity::Warning) + r.count(Severity::Error) > 0);
}

}  // namespace guidepost::lint
