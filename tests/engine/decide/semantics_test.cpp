// The decision semantics of docs/semantics.md, one rule per test.
#include "../test_policy.h"

namespace guidepost {
namespace {

using testing::clause_numbers;
using testing::incident;
using testing::plan_of;

const char* kBase = R"(
facts {
  weapon : enum { none, knife, firearm } = none
  injury : enum { none, minor, serious } = none
  participants : int 1..200 = 1
  threat : bool
  danger : bool = false asked when weapon in { knife, firearm }
}
responses { redirect, conference, suspension, expulsion }
level 1 "Minor" { responses redirect .. conference }
level 3 "Harmful" { responses conference .. suspension }
level 4 "Serious" { responses conference .. suspension }
level 5 "Most serious" { responses suspension .. expulsion }
behavior disruption { level 1 }
behavior fighting {
  level 3
  level 4 when participants >= 3
  level 5 when injury == serious
}
behavior gun { level 5 implies weapon = firearm }
behavior knife_found { level 5 implies weapon = knife }
behavior threatening { level 3 }
roles { teacher, administrator, sro, emergency_services, parent }
escalation { teacher -> administrator -> sro -> emergency_services }
)";

std::shared_ptr<const Plan> with(const std::string& agreement) {
  return plan_of(std::string(kBase) + agreement);
}

TEST(Semantics, NothingIsPermittedByDefault) {
  auto p = with(R"(agreement { clause 1 { paraphrase "x" require notify(parent) } })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  EXPECT_EQ(d.outcome, Outcome::Staff);
  for (auto a : d.actions) EXPECT_EQ(a, ActionState::Forbidden);
  EXPECT_TRUE(d.determining.empty());
}

TEST(Semantics, ForbidOverridesPermit) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "permit" permit sro.involve, sro.arrest when weapon == firearm }
    clause 2 { paraphrase "forbid" forbid sro.arrest unless danger }
  })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  EXPECT_EQ(d.outcome, Outcome::Sro);
  EXPECT_EQ(d.actions[static_cast<int>(SroAction::Involve)], ActionState::Permitted);
  EXPECT_EQ(d.actions[static_cast<int>(SroAction::Arrest)], ActionState::Forbidden);
  EXPECT_EQ(clause_numbers(*p, d.action_clauses[static_cast<int>(SroAction::Arrest)]),
            std::vector<std::string>{"2"});
  auto d2 = decide(*p, incident(*p, {"gun"}, {{"danger", "true"}}));
  EXPECT_EQ(d2.actions[static_cast<int>(SroAction::Arrest)], ActionState::Permitted);
}

TEST(Semantics, EachActionIsDecidedOnItsOwn) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when gun }
    clause 2 { paraphrase "b" permit sro.search when gun and danger }
  })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  EXPECT_EQ(d.actions[static_cast<int>(SroAction::Involve)], ActionState::Permitted);
  EXPECT_EQ(d.actions[static_cast<int>(SroAction::Search)], ActionState::Forbidden);
  EXPECT_EQ(d.actions[static_cast<int>(SroAction::Question)], ActionState::Forbidden);
}

TEST(Semantics, EmergencyWinsOverSro) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when gun }
    clause 2 { paraphrase "b" require emergency when danger }
  })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "true"}}));
  EXPECT_EQ(d.outcome, Outcome::Emergency);
  EXPECT_EQ(clause_numbers(*p, d.determining), std::vector<std::string>{"2"});
  EXPECT_EQ(d.escalation, (std::vector<std::string>{"teacher", "administrator", "sro", "emergency_services"}));
}

TEST(Semantics, LevelIsTheHighestBehaviorLevelAfterConditions) {
  auto p = with(R"(agreement { clause 1 { paraphrase "a" forbid sro.involve when level <= 3 } })");
  auto d = decide(*p, incident(*p, {"disruption", "fighting"}));
  EXPECT_EQ(d.level, 3);
  d = decide(*p, incident(*p, {"disruption", "fighting"}, {{"participants", "4"}}));
  EXPECT_EQ(d.level, 4);
  d = decide(*p, incident(*p, {"fighting"}, {{"participants", "4"}, {"injury", "serious"}}));
  EXPECT_EQ(d.level, 5);
  ASSERT_EQ(d.behaviors.size(), 1u);
  EXPECT_EQ(d.behaviors[0].raised_by, "injury is serious");
  d = decide(*p, incident(*p, {}));
  EXPECT_FALSE(d.has_level);
  EXPECT_EQ(d.outcome, Outcome::Staff);
}

TEST(Semantics, NoLevelMeansLevelComparisonsAreFalse) {
  auto p = with(R"(agreement { clause 1 { paraphrase "a" permit sro.involve when level <= 3 } })");
  EXPECT_EQ(decide(*p, incident(*p, {})).outcome, Outcome::Staff);
  EXPECT_EQ(decide(*p, incident(*p, {"disruption"})).outcome, Outcome::Sro);
}

TEST(Semantics, GivenFactsWinOverImpliedOnes) {
  auto p = with(R"(agreement { clause 1 { paraphrase "a" permit sro.involve when weapon == firearm } })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  EXPECT_EQ(d.facts[0].source, FactSource::Implied);
  EXPECT_EQ(d.facts[0].implied_by, "gun");
  EXPECT_EQ(d.outcome, Outcome::Sro);
  d = decide(*p, incident(*p, {"gun"}, {{"weapon", "none"}}));
  EXPECT_EQ(d.facts[0].source, FactSource::Given);
  EXPECT_EQ(d.outcome, Outcome::Staff);
}

TEST(Semantics, UnknownFactGivesDependsWithBranches) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when threat }
    clause 2 { paraphrase "b" forbid sro.involve unless threat }
  })");
  auto d = decide(*p, incident(*p, {"threatening"}));
  EXPECT_EQ(d.outcome, Outcome::Depends);
  ASSERT_EQ(d.branches.size(), 2u);
  EXPECT_EQ(d.branches[0].fact, "threat");
  EXPECT_EQ(d.branches[0].value, "false");
  EXPECT_EQ(d.branches[0].outcome, Outcome::Staff);
  EXPECT_EQ(clause_numbers(*p, d.branches[0].clauses), std::vector<std::string>{"2"});
  EXPECT_EQ(d.branches[1].value, "true");
  EXPECT_EQ(d.branches[1].outcome, Outcome::Sro);
  EXPECT_EQ(clause_numbers(*p, d.branches[1].clauses), std::vector<std::string>{"1"});
}

TEST(Semantics, AnUnknownFactThatDoesNotMatterIsNotAsked) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when weapon == firearm or threat }
  })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  EXPECT_EQ(d.outcome, Outcome::Sro);  // true or unknown is true
}

TEST(Semantics, AskedFactIsUnknownOnlyWhereItsConditionHolds) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" require emergency when danger }
    clause 2 { paraphrase "b" permit sro.involve when weapon != none }
  })");
  // Vaping-like incident: nobody asks about danger; its default holds.
  auto d = decide(*p, incident(*p, {"disruption"}));
  EXPECT_EQ(d.outcome, Outcome::Staff);
  // A knife: danger must be found out.
  d = decide(*p, incident(*p, {"knife_found"}));
  EXPECT_EQ(d.outcome, Outcome::Depends);
  EXPECT_EQ(d.facts[4].source, FactSource::Asked);
  ASSERT_EQ(d.branches.size(), 2u);
  EXPECT_EQ(d.branches[0].outcome, Outcome::Sro);
  EXPECT_EQ(d.branches[1].outcome, Outcome::Emergency);
  // Given, it decides.
  EXPECT_EQ(decide(*p, incident(*p, {"knife_found"}, {{"danger", "false"}})).outcome, Outcome::Sro);
}

TEST(Semantics, IntBranchesCoverTheWholeRange) {
  auto p = plan_of(R"(
facts { n : int 1..200 }
level 1 "x" { }
behavior b { level 1 }
agreement { clause 1 { paraphrase "a" permit sro.involve when n >= 3 } }
)");
  auto d = decide(*p, incident(*p, {"b"}));
  ASSERT_EQ(d.outcome, Outcome::Depends);
  ASSERT_EQ(d.branches.size(), 2u);
  EXPECT_EQ(d.branches[0].value, "1..2");
  EXPECT_EQ(d.branches[0].outcome, Outcome::Staff);
  EXPECT_EQ(d.branches[1].value, "3..200");
  EXPECT_EQ(d.branches[1].outcome, Outcome::Sro);
}

TEST(Semantics, UnknownFactCanLeaveTheLevelOpen) {
  auto p = plan_of(R"(
facts { hurt : bool }
level 3 "x" { } level 5 "y" { }
behavior fight { level 3 level 5 when hurt }
agreement { clause 1 { paraphrase "a" permit sro.involve when level >= 5 } }
)");
  auto d = decide(*p, incident(*p, {"fight"}));
  EXPECT_EQ(d.level, 3);
  EXPECT_EQ(d.level_max, 5);
  EXPECT_EQ(d.outcome, Outcome::Depends);
}

TEST(Semantics, RequiredActionsCiteTheirClauses) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when gun }
    clause 7 { paraphrase "b" require notify(parent) when gun }
  })");
  auto d = decide(*p, incident(*p, {"gun"}, {{"danger", "false"}}));
  ASSERT_EQ(d.required.size(), 1u);
  EXPECT_EQ(d.required[0].action, "notify(parent)");
  EXPECT_EQ(p->clauses[d.required[0].clause]->number, "7");
}

TEST(Semantics, ResponsesComeFromTheLevel) {
  auto p = with(R"(agreement { clause 1 { paraphrase "a" require notify(parent) } })");
  auto d = decide(*p, incident(*p, {"fighting"}));
  EXPECT_EQ(d.response_min, "conference");
  EXPECT_EQ(d.response_max, "suspension");
}

TEST(Semantics, WhatWouldChangeItFindsTheSmallestChangeEachWay) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when injury == serious }
    clause 2 { paraphrase "b" require emergency when injury == serious and participants >= 3 }
  })");
  auto d = decide(*p, incident(*p, {"fighting"}, {{"injury", "serious"}}));
  ASSERT_EQ(d.outcome, Outcome::Sro);
  bool up = false, down = false;
  for (auto& c : d.changes) {
    if (c.up) {
      up = true;
      EXPECT_EQ(c.outcome, Outcome::Emergency);
      EXPECT_EQ(c.set[0].first, "participants");
    } else {
      down = true;
      EXPECT_EQ(c.outcome, Outcome::Staff);
      EXPECT_EQ(c.set[0].first, "injury");
    }
  }
  EXPECT_TRUE(up);
  EXPECT_TRUE(down);
}

TEST(Semantics, PairsAreTriedWhenNoSingleChangeDoes) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when injury == serious and participants >= 3 }
  })");
  auto d = decide(*p, incident(*p, {"fighting"}));
  ASSERT_EQ(d.outcome, Outcome::Staff);
  ASSERT_FALSE(d.changes.empty());
  EXPECT_TRUE(d.changes[0].up);
  EXPECT_EQ(d.changes[0].set.size(), 2u);
}

TEST(Semantics, FailsDepthShowsNearMisses) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when fighting and injury == serious }
  })");
  auto d = decide(*p, incident(*p, {"fighting"}), ExplainDepth::Fails);
  ASSERT_EQ(d.rules.size(), 1u);
  EXPECT_EQ(d.rules[0].failed, "injury is serious: it does not hold");
  auto full = decide(*p, incident(*p, {"fighting"}), ExplainDepth::Full);
  ASSERT_EQ(full.rules.size(), 1u);
  ASSERT_TRUE(full.rules[0].trace.has_value());
}

TEST(Semantics, FastPathAgreesWithExplainedPath) {
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when weapon != none or injury == serious }
    clause 2 { paraphrase "b" forbid sro.involve when level <= 3 and not threat }
    clause 3 { paraphrase "c" require emergency when danger }
  })");
  Scratch s;
  s.size_for(*p);
  for (auto b : {"disruption", "fighting", "gun", "knife_found", "threatening"})
    for (auto inj : {"none", "minor", "serious"})
      for (auto th : {"", "true", "false"}) {
        std::vector<std::pair<std::string, std::string>> f{{"injury", inj}};
        if (*th) f.push_back({"threat", th});
        auto in = incident(*p, {b}, f);
        EXPECT_EQ(decide_core(*p, in, s).outcome, decide(*p, in).outcome) << b << inj << th;
      }
}

TEST(Semantics, ClausesWithTheSameConditionAreEachCited) {
  // Rules that read alike share one evaluation; each clause still decides.
  auto p = with(R"(agreement {
    clause 1 { paraphrase "a" permit sro.involve when threat }
    clause 2 { paraphrase "b" permit sro.involve, sro.arrest when threat }
    clause 3 { paraphrase "c" require notify(parent) when threat }
  })");
  auto d = decide(*p, incident(*p, {"threatening"}, {{"threat", "true"}}));
  EXPECT_EQ(d.outcome, Outcome::Sro);
  EXPECT_EQ(clause_numbers(*p, d.action_clauses[static_cast<int>(SroAction::Involve)]),
            (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(clause_numbers(*p, d.action_clauses[static_cast<int>(SroAction::Arrest)]),
            std::vector<std::string>{"2"});
  auto no = decide(*p, incident(*p, {"threatening"}, {{"threat", "false"}}));
  EXPECT_EQ(no.outcome, Outcome::Staff);
}

}  // namespace
}  // namespace guidepost
