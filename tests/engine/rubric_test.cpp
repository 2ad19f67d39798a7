// The rubric: the catalogue tables agree with each other and with the
// checker, and an agreement's clauses land on the right steps and kinds.
#include "guidepost/rubric.h"

#include <nlohmann/json.hpp>
#include <set>

#include "test_policy.h"

namespace guidepost {
namespace {

std::shared_ptr<const Model> model_of(const std::string& text) {
  LoadResult r = load_policy_text("test.policy", text);
  std::string all;
  for (auto& d : r.diagnostics.items()) all += render_text(d, *r.sources);
  EXPECT_TRUE(r.ok()) << all;
  return r.model;
}

const RubricRow& row(const std::vector<RubricRow>& rows, const std::string& id) {
  for (auto& r : rows)
    if (r.id == id) return r;
  ADD_FAILURE() << "no row " << id;
  static RubricRow none;
  return none;
}

std::vector<std::string> numbers(const RubricRow& r) {
  std::vector<std::string> out;
  for (auto& c : r.clauses) out.push_back(c.clause->number);
  return out;
}

const char* kPolicy = R"(
policy "draft" { title "Draft MOA" }
roles { parent "Parent" }
level 1 "Minor" { }
behavior fighting { level 1 }
agreement "Draft MOA" {
  document "Draft"
  clause 1.1 "Not a disciplinarian" {
    quote "SROs shall not be involved with the enforcement of school rules."
    kinds ROLE-01, ROLE-04
    forbid sro.involve
  }
  clause 1.2 "Training" {
    paraphrase "SROs are trained in de-escalation."
    kinds TRAIN-01, TRAIN-01
  }
  clause 1.3 "Annual review" {
    paraphrase "The parties review the agreement every year."
    kinds EVAL-01
  }
  clause 1.4 "Family contact" {
    paraphrase "The principal calls the family."
    require notify(parent)
  }
}
)";

TEST(RubricCatalogue, KnownClauseKindsAreTheCatalogueIds) {
  const auto& cat = clause_kind_catalogue();
  const auto& ids = known_clause_kinds();
  ASSERT_EQ(cat.size(), ids.size());
  EXPECT_EQ(cat.size(), 27u);
  std::set<std::string> seen;
  for (size_t i = 0; i < cat.size(); ++i) {
    EXPECT_EQ(cat[i].id, ids[i]);
    EXPECT_FALSE(cat[i].title.empty()) << cat[i].id;
    EXPECT_TRUE(seen.insert(cat[i].id).second) << "duplicate " << cat[i].id;
  }
  ASSERT_NE(clause_kind_info("ROLE-05"), nullptr);
  EXPECT_EQ(clause_kind_info("ROLE-05")->title, "Not agents of immigration enforcement");
  EXPECT_EQ(clause_kind_info("ROLE-06"), nullptr);
}

TEST(RubricCatalogue, StepsAreTheFiveAndCountOnlyCatalogueKinds) {
  const auto& steps = secure_steps();
  ASSERT_EQ(steps.size(), 5u);
  for (size_t i = 0; i < steps.size(); ++i) {
    EXPECT_EQ(steps[i].id, "SECURE-" + std::to_string(i + 1));
    EXPECT_FALSE(steps[i].title.empty());
    EXPECT_FALSE(steps[i].kinds.empty()) << steps[i].id;
    for (auto& k : steps[i].kinds) EXPECT_NE(clause_kind_info(k), nullptr) << steps[i].id << " " << k;
  }
  EXPECT_EQ(steps[2].kinds, std::vector<std::string>{"SELECT-01"});
  EXPECT_EQ(steps[3].kinds, std::vector<std::string>{"TRAIN-01"});
}

TEST(Rubric, ClausesLandOnTheirKindsAndSteps) {
  auto m = model_of(kPolicy);
  ASSERT_TRUE(m);
  Rubric r = rubric_of(*m);
  ASSERT_EQ(r.agreements.size(), 1u);
  EXPECT_EQ(r.steps.size(), 5u);
  EXPECT_EQ(r.kinds.size(), 27u);

  EXPECT_EQ(numbers(row(r.kinds, "ROLE-01")), std::vector<std::string>{"1.1"});
  EXPECT_EQ(numbers(row(r.kinds, "ROLE-04")), std::vector<std::string>{"1.1"});
  EXPECT_FALSE(row(r.kinds, "ROLE-05").covered());
  // A kind written twice on one clause counts once.
  ASSERT_EQ(row(r.kinds, "TRAIN-01").clauses.size(), 1u);
  EXPECT_EQ(row(r.kinds, "TRAIN-01").clauses[0].kinds, std::vector<std::string>{"TRAIN-01"});

  // SECURE-2 counts ROLE-01 and ROLE-04; the clause shows both, once.
  const RubricRow& s2 = row(r.steps, "SECURE-2");
  ASSERT_EQ(numbers(s2), std::vector<std::string>{"1.1"});
  EXPECT_EQ(s2.clauses[0].kinds, (std::vector<std::string>{"ROLE-01", "ROLE-04"}));
  // EVAL-01 counts toward both SECURE-1 and SECURE-5.
  EXPECT_EQ(numbers(row(r.steps, "SECURE-1")), std::vector<std::string>{"1.3"});
  EXPECT_EQ(numbers(row(r.steps, "SECURE-5")), std::vector<std::string>{"1.3"});
  EXPECT_EQ(numbers(row(r.steps, "SECURE-4")), std::vector<std::string>{"1.2"});
  EXPECT_FALSE(row(r.steps, "SECURE-3").covered());

  ASSERT_EQ(r.unclassified.size(), 1u);
  EXPECT_EQ(r.unclassified[0]->number, "1.4");
  EXPECT_EQ(r.steps_covered(), 4u);
  EXPECT_EQ(r.kinds_covered(), 4u);
  EXPECT_EQ(r.summary(), "4 of 5 steps covered, 4 of 27 kinds covered");
}

TEST(Rubric, TextSaysCoveredByOrNotCovered) {
  auto m = model_of(kPolicy);
  ASSERT_TRUE(m);
  std::string t = rubric_text(*m, rubric_of(*m));
  EXPECT_NE(t.find("ROLE-01  SRO does not enforce school rules or administer discipline\n"
                   "    covered by 1.1\n"
                   "      1.1  Not a disciplinarian (quoted)\n"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("SECURE-3  Recruit and hire effective SROs and school personnel\n"
                   "    kinds counted: SELECT-01\n"
                   "    NOT COVERED\n"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("      1.2  Training (paraphrased; TRAIN-01)\n"), std::string::npos) << t;
  EXPECT_NE(t.find("  1.4  Family contact (paraphrased)\n"), std::string::npos) << t;
  EXPECT_NE(t.find("Steps not covered: SECURE-3\n"), std::string::npos) << t;
  EXPECT_TRUE(t.ends_with("\n4 of 5 steps covered, 4 of 27 kinds covered\n")) << t;
}

TEST(Rubric, JsonIsOneStableObject) {
  auto m = model_of(kPolicy);
  ASSERT_TRUE(m);
  auto j = nlohmann::json::parse(rubric_json(*m, rubric_of(*m)));
  EXPECT_EQ(j["policy"], "draft");
  EXPECT_EQ(j["title"], "Draft MOA");
  ASSERT_EQ(j["agreements"].size(), 1u);
  EXPECT_EQ(j["agreements"][0]["clauses"], nlohmann::json({"1.1", "1.2", "1.3", "1.4"}));
  ASSERT_EQ(j["steps"].size(), 5u);
  auto& s2 = j["steps"][1];
  EXPECT_EQ(s2["id"], "SECURE-2");
  EXPECT_TRUE(s2["covered"]);
  EXPECT_EQ(s2["clauses"][0]["number"], "1.1");
  EXPECT_EQ(s2["clauses"][0]["title"], "Not a disciplinarian");
  EXPECT_EQ(s2["clauses"][0]["mode"], "quote");
  EXPECT_EQ(s2["clauses"][0]["kinds"], nlohmann::json({"ROLE-01", "ROLE-04"}));
  EXPECT_FALSE(j["steps"][2]["covered"]);
  EXPECT_TRUE(j["steps"][2]["clauses"].empty());
  ASSERT_EQ(j["kinds"].size(), 27u);
  EXPECT_EQ(j["kinds"][0]["id"], "ROLE-01");
  EXPECT_FALSE(j["kinds"][0].contains("kinds"));
  ASSERT_EQ(j["unclassified"].size(), 1u);
  EXPECT_EQ(j["unclassified"][0]["mode"], "paraphrase");
  auto& s = j["summary"];
  EXPECT_EQ(s["steps_covered"], 4);
  EXPECT_EQ(s["steps_total"], 5);
  EXPECT_EQ(s["kinds_covered"], 4);
  EXPECT_EQ(s["kinds_total"], 27);
  EXPECT_EQ(s["uncovered_steps"], nlohmann::json({"SECURE-3"}));
  EXPECT_EQ(s["uncovered_kinds"].size(), 23u);
  EXPECT_EQ(s["line"], "4 of 5 steps covered, 4 of 27 kinds covered");
}

TEST(Rubric, APolicyWithoutAgreementCoversNothing) {
  auto m = model_of("level 1 \"Minor\" { }\nbehavior fighting { level 1 }\n");
  ASSERT_TRUE(m);
  Rubric r = rubric_of(*m);
  EXPECT_TRUE(r.agreements.empty());
  EXPECT_EQ(r.summary(), "0 of 5 steps covered, 0 of 27 kinds covered");
  EXPECT_NE(rubric_text(*m, r).find("Agreement: none."), std::string::npos);
}

TEST(Rubric, BundledMinnesotaModelLeavesTrainingUncovered) {
  LoadResult lr = load_policy(std::string(GUIDEPOST_SOURCE_DIR) +
                              "/policies/minnesota-model/minnesota-model.policy");
  ASSERT_TRUE(lr.ok());
  Rubric r = rubric_of(*lr.model);
  EXPECT_TRUE(row(r.steps, "SECURE-2").covered());
  EXPECT_FALSE(row(r.steps, "SECURE-4").covered());
  EXPECT_EQ(numbers(row(r.kinds, "EMERG-02")), std::vector<std::string>{"2.2"});
}

}  // namespace
}  // namespace guidepost
