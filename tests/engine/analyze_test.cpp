// analyze: each kind of finding, from a policy that has exactly that flaw.
#include "guidepost/analyze.h"
#include "test_policy.h"

namespace guidepost {
namespace {

std::vector<std::string> kinds_of(const std::string& text) {
  LoadResult r = load_policy_text("a.policy", text);
  EXPECT_TRUE(r.ok());
  if (!r.ok()) return {};
  auto p = compile_plan(r.model);
  std::vector<std::string> out;
  for (auto& f : analyze_policy(r, *p).findings) out.push_back(f.kind);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& k) {
  return std::find(v.begin(), v.end(), k) != v.end();
}

const char* kHead = R"(
facts { weapon : enum { none, knife } = none  injury : enum { none, serious } = none }
level 3 "x" { }
behavior fighting { level 3 terms "fight" }
roles { teacher, administrator, counselor, sro }
escalation { teacher -> administrator -> sro }
)";

TEST(Analyze, GapWhereNoClauseDecides) {
  auto k = kinds_of(std::string(kHead) +
                    R"(agreement { document "d" url "u" clause 1 { paraphrase "p" permit sro.involve when weapon == knife } })");
  EXPECT_TRUE(has(k, "gap"));
}

TEST(Analyze, PermitAlwaysOverridden) {
  auto k = kinds_of(std::string(kHead) + R"(agreement { document "d" url "u"
    clause 1 { paraphrase "p" permit sro.involve when weapon == knife }
    clause 2 { paraphrase "q" forbid sro.involve when level <= 3 }
    clause 3 { paraphrase "r" forbid sro.involve when not fighting } })");
  EXPECT_TRUE(has(k, "always-overridden"));
}

TEST(Analyze, ConditionThatNeverHoldsOrAlwaysHolds) {
  auto k = kinds_of(std::string(kHead) + R"(agreement { document "d" url "u"
    clause 1 { paraphrase "p" permit sro.involve when weapon == knife and weapon == none }
    clause 2 { paraphrase "q" forbid sro.involve when injury == none or injury != none } })");
  EXPECT_TRUE(has(k, "never-fires"));
  EXPECT_TRUE(has(k, "always-holds"));
}

TEST(Analyze, ConsultingTheSroWhereInvolvingItIsForbidden) {
  auto k = kinds_of(std::string(kHead) + R"(agreement { document "d" url "u"
    clause 1 { paraphrase "p" forbid sro.involve when fighting }
    clause 2 { paraphrase "q" permit sro.involve when weapon == knife }
    clause 3 { paraphrase "r" require consult(sro) when fighting } })");
  EXPECT_TRUE(has(k, "conflicting-requirement"));
}

TEST(Analyze, EscalationDeadEnd) {
  auto k = kinds_of(R"(
facts { weapon : enum { none, knife } = none }
level 3 "x" { }
behavior fighting { level 3 terms "fight" }
roles { teacher, administrator, counselor, sro }
escalation { teacher -> administrator -> sro  teacher -> counselor }
agreement { document "d" url "u"
  clause 1 { paraphrase "p" permit sro.involve when weapon == knife }
  clause 2 { paraphrase "q" forbid sro.involve unless weapon == knife } })");
  EXPECT_TRUE(has(k, "escalation-dead-end"));
  EXPECT_FALSE(has(k, "gap"));
}

TEST(Analyze, ACleanAgreementHasNoFindings) {
  auto k = kinds_of(std::string(kHead) + R"(agreement { document "d" url "u"
    clause 1 { paraphrase "p" permit sro.involve when weapon == knife }
    clause 2 { paraphrase "q" forbid sro.involve unless weapon == knife } })");
  EXPECT_TRUE(k.empty()) << k.size();
}

}  // namespace
}  // namespace guidepost
