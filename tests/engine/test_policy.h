// Helpers for engine tests: load a policy from text and decide incidents.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "guidepost/explain.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost::testing {

inline std::shared_ptr<const Plan> plan_of(const std::string& text) {
  LoadResult r = load_policy_text("test.policy", text);
  std::string all;
  for (auto& d : r.diagnostics.items()) all += render_text(d, *r.sources);
  EXPECT_TRUE(r.ok()) << all;
  if (!r.ok()) return nullptr;
  return compile_plan(r.model);
}

inline Incident incident(const Plan& p, std::vector<std::string> behaviors,
                         std::vector<std::pair<std::string, std::string>> facts = {}) {
  const Model& m = *p.model;
  Incident in;
  for (auto& b : behaviors) in.behaviors.push_back(m.behavior_index.at(b));
  for (auto& [f, v] : facts) {
    int fi = m.fact_index.at(f);
    const FactDef& fd = m.facts[fi];
    int64_t value = 0;
    if (fd.kind == FactKind::Bool) value = v == "true";
    else if (fd.kind == FactKind::Int) value = std::stoll(v);
    else value = std::find(fd.values.begin(), fd.values.end(), v) - fd.values.begin();
    in.facts.push_back({fi, value, {}});
  }
  return in;
}

inline std::vector<std::string> clause_numbers(const Plan& p, const std::vector<int>& cs) {
  std::vector<std::string> out;
  for (int c : cs) out.push_back(p.clauses[c]->number);
  return out;
}

}  // namespace guidepost::testing
