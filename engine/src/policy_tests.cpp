#include "guidepost/policy_tests.h"
#include "guidepost/reader.h"

#include <algorithm>
#include <set>

namespace guidepost {

size_t TestRun::failed() const {
  return std::count_if(results.begin(), results.end(), [](auto& r) { return !r.passed(); });
}

Incident incident_of(const Plan& plan, const TestDef& t) {
  Incident in;
  in.id = t.name;
  in.behaviors = t.behaviors;
  for (auto& g : t.given) in.facts.push_back({g.fact, g.value, {}});
  if (!t.description.empty()) {
    std::vector<Mention> mentions;
    plan.reader->read(t.description, mentions);
    apply_reading(*plan.model, t.description, mentions, in);
  }
  return in;
}

namespace {

std::string join(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s.empty() ? "(none)" : s;
}

std::string duty_name(const Model& m, const Duty& d) {
  std::string s = duty_kind_name(d.kind);
  if (d.role >= 0) s += "(" + m.roles[d.role].name + ")";
  return s;
}

void check(const Plan& p, const TestDef& t, TestResult& r) {
  const Model& m = *p.model;
  const Decision& d = r.decision;
  for (auto& e : t.expects) {
    using K = TestDef::Expect::Kind;
    switch (e.kind) {
      case K::Outcome:
        if (e.outcome != outcome_name(d.outcome))
          r.failures.push_back({"outcome", e.outcome, outcome_name(d.outcome), e.span});
        break;
      case K::Level: {
        std::string want = e.level ? std::to_string(*e.level) : "none";
        std::string got = d.has_level ? std::to_string(d.level) : "none";
        if (d.has_level && d.level_max != d.level) got += ".." + std::to_string(d.level_max);
        if (want != got) r.failures.push_back({"level", want, got, e.span});
        break;
      }
      case K::Permitted:
      case K::Forbidden:
        for (auto a : e.actions) {
          ActionState st = d.actions[static_cast<int>(a)];
          bool want_permit = e.kind == K::Permitted;
          bool ok = want_permit ? st == ActionState::Permitted : st == ActionState::Forbidden;
          if (!ok)
            r.failures.push_back({std::string("sro.") + sro_action_name(a),
                                  want_permit ? "permitted" : "forbidden",
                                  st == ActionState::Permitted   ? "permitted"
                                  : st == ActionState::Forbidden ? "forbidden"
                                                                 : "unknown",
                                  e.span});
        }
        break;
      case K::Required: {
        std::vector<std::string> got;
        for (auto& q : d.required) got.push_back(q.action);
        for (auto& du : e.duties) {
          std::string n = duty_name(m, du);
          if (std::find(got.begin(), got.end(), n) == got.end())
            r.failures.push_back({"required " + n, n + " required", join(got), e.span});
        }
        break;
      }
      case K::Clauses: {
        std::vector<std::string> got;
        for (int c : d.determining) got.push_back(p.clauses[c]->number);
        if (join(e.clauses) != join(got))
          r.failures.push_back({"determining clauses", join(e.clauses), join(got), e.span});
        break;
      }
    }
  }
}

}  // namespace

TestRun run_policy_tests(const Plan& p, ExplainDepth depth) {
  const Model& m = *p.model;
  TestRun run;
  std::set<int> clauses_hit, behaviors_hit;
  for (auto& t : m.tests) {
    TestResult r;
    r.test = &t;
    Incident in = incident_of(p, t);
    r.decision = decide(p, in, depth);
    check(p, t, r);
    // Coverage looks at every rule, whatever depth the caller asked for.
    Decision full = decide(p, in, ExplainDepth::Full);
    for (auto& rr : full.rules)
      if (rr.applies == Tri::True) clauses_hit.insert(rr.clause);
    for (int b : t.behaviors) behaviors_hit.insert(b);
    run.results.push_back(std::move(r));
  }
  for (size_t c = 0; c < p.clauses.size(); ++c)
    if (!clauses_hit.count(static_cast<int>(c)) && !p.clauses[c]->rules.empty())
      run.untested_clauses.push_back(p.clauses[c]->number);
  for (size_t b = 0; b < m.behaviors.size(); ++b)
    if (!behaviors_hit.count(static_cast<int>(b))) run.untested_behaviors.push_back(m.behaviors[b].name);
  return run;
}

}  // namespace guidepost
