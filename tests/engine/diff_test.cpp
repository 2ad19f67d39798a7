// diff: exact, grouped into plain conditions, with the deciding clauses.
#include "guidepost/diff.h"
#include "test_policy.h"

namespace guidepost {
namespace {

const char* kBase = R"(
facts {
  weapon : enum { none, knife, firearm } = none
  injury : enum { none, minor, serious } = none
  participants : int 1..200 = 1
  iep : bool = false
}
level 3 "Harmful" { }
level 5 "Most serious" { }
behavior fighting { level 3 }
behavior gun { level 5 }
)";

std::shared_ptr<const Plan> with(const std::string& agreement) {
  return testing::plan_of(std::string(kBase) + agreement);
}

TEST(Diff, IdenticalPoliciesAgree) {
  auto a = with(R"(agreement { clause 1 { paraphrase "x" permit sro.involve when injury == serious } })");
  DiffResult r = diff_policies(*a, *a);
  EXPECT_TRUE(r.agree());
  EXPECT_GT(r.incidents, 0u);
}

TEST(Diff, AThresholdChangeIsOneGroupWithItsClauses) {
  auto a = with(R"(agreement { clause 4.1 { paraphrase "x" permit sro.involve when participants >= 3 } })");
  auto b = with(R"(agreement { clause 4.1 { paraphrase "x" permit sro.involve when participants >= 5 } })");
  DiffResult r = diff_policies(*a, *b);
  ASSERT_FALSE(r.agree());
  std::vector<DiffGroup> outcome;
  for (auto& g : r.groups)
    if (g.what == "outcome") outcome.push_back(g);
  // Every behavior set differs the same way: participants 3..4.
  ASSERT_FALSE(outcome.empty());
  for (auto& g : outcome) {
    EXPECT_NE(g.condition.find("participants is 3..4"), std::string::npos) << g.condition;
    EXPECT_EQ(g.condition.find("iep"), std::string::npos) << "a fact that does not matter is not named";
    EXPECT_EQ(g.old_value, "sro");
    EXPECT_EQ(g.new_value, "staff");
    EXPECT_EQ(g.old_clauses, std::vector<std::string>{"4.1"});
  }
}

TEST(Diff, RequiredActionsAndSroActionsAreComparedToo) {
  auto a = with(R"(roles { teacher, parent }
agreement { clause 1 { paraphrase "x" permit sro.involve, sro.arrest when gun require notify(parent) when gun } })");
  auto b = with(R"(roles { teacher, parent }
agreement { clause 1 { paraphrase "x" permit sro.involve when gun } })");
  DiffResult r = diff_policies(*a, *b);
  bool arrest = false, notify = false;
  for (auto& g : r.groups) {
    arrest |= g.what == "sro.arrest";
    notify |= g.what == "required notify(parent)";
  }
  EXPECT_TRUE(arrest);
  EXPECT_TRUE(notify);
}

TEST(Diff, AChangedDefineIsFoundThoughTheRuleReadsTheSame) {
  // The clause reads "when high threat" in both; only the define differs.
  auto a = with(R"(define high_threat = weapon == firearm
agreement { clause 1 { paraphrase "x" permit sro.involve when high_threat } })");
  auto b = with(R"(define high_threat = weapon in { knife, firearm }
agreement { clause 1 { paraphrase "x" permit sro.involve when high_threat } })");
  DiffResult r = diff_policies(*a, *b);
  ASSERT_FALSE(r.agree());
  bool knife = false;
  for (auto& g : r.groups) knife |= g.what == "outcome" && g.condition.find("weapon is knife") != std::string::npos;
  EXPECT_TRUE(knife);
}

TEST(Diff, ALevelThatIsOnlyConditionalKeepsLevelComparisonsOpen) {
  const char* base = R"(
facts { weapon : enum { none, knife } = none  iep : bool = false }
level 2 "a" { } level 5 "b" { }
behavior zz { level 2 when weapon == none  level 5 when weapon != none }
roles { teacher, counselor }
)";
  auto a = testing::plan_of(std::string(base) +
                            R"(agreement { clause 1 { paraphrase "x" require notify(counselor) when zz and level <= 2 } })");
  auto b = testing::plan_of(std::string(base) +
                            R"(agreement { clause 1 { paraphrase "x" require notify(counselor) when zz and level <= 2 unless iep } })");
  DiffResult r = diff_policies(*a, *b);
  ASSERT_FALSE(r.agree());
  EXPECT_NE(r.groups[0].condition.find("iep is true"), std::string::npos) << r.groups[0].condition;
}

TEST(Diff, ChangedImpliesOrDefaultsAreSaid) {
  const char* a_text = R"(facts { used : bool = false } level 4 "x" { }
behavior zz { level 4 implies used = true }
agreement { clause 1 { paraphrase "x" permit sro.involve when zz and used } })";
  const char* b_text = R"(facts { used : bool = false } level 4 "x" { }
behavior zz { level 4 }
agreement { clause 1 { paraphrase "x" permit sro.involve when zz and used } })";
  DiffResult r = diff_policies(*testing::plan_of(a_text), *testing::plan_of(b_text));
  EXPECT_FALSE(r.agree());
  ASSERT_FALSE(r.problems.empty());
  EXPECT_NE(r.problems[0].find("implies different facts"), std::string::npos);
}

TEST(Diff, OnlyWhatChangedIsCompared) {
  auto a = with(R"(roles { teacher, parent }
agreement { clause 1 { paraphrase "x" permit sro.involve when gun }
            clause 2 { paraphrase "y" require notify(parent) when participants >= 3 } })");
  auto b = with(R"(roles { teacher, parent }
agreement { clause 1 { paraphrase "x" permit sro.involve when gun }
            clause 2 { paraphrase "y" require notify(parent) when participants >= 4 } })");
  DiffResult r = diff_policies(*a, *b);
  ASSERT_FALSE(r.groups.empty());
  for (auto& g : r.groups) {
    EXPECT_EQ(g.what, "required notify(parent)");
    EXPECT_NE(g.condition.find("participants is 3"), std::string::npos) << g.condition;
  }
}

}  // namespace
}  // namespace guidepost
