#include "guidepost/analyze.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <algorithm>
#include <set>

#include "guidepost/decide.h"

namespace guidepost {

const std::vector<std::pair<std::string, std::string>>& analysis_rules() {
  static const std::vector<std::pair<std::string, std::string>> rules = {
      {"undecided-incident", "gap"},
      {"permit-always-overridden", "always-overridden"},
      {"condition-never-holds", "never-fires"},
      {"condition-always-holds", "always-holds"},
      {"asked-never-holds", "never-asked"},
      {"level-never-raises", "level-never-raises"},
  };
  return rules;
}

namespace {

// A duty that brings in the SRO (consulting it) where the agreement forbids
// involving it: found by trying, for each such duty, every combination of
// the facts the plan reads, with each behavior alone.
void conflicting_requirements(const Plan& p, const LoadResult& loaded, Analysis& out) {
  const Model& m = *p.model;
  auto sro = m.role_index.find("sro");
  if (sro == m.role_index.end()) return;
  std::vector<size_t> duties;
  for (size_t k = 0; k < p.duties.size(); ++k)
    if (p.duties[k].duty.kind == DutyKind::Consult && p.duties[k].duty.role == sro->second)
      duties.push_back(k);
  if (duties.empty()) return;
  std::vector<int> facts = p.relevant_facts;
  Scratch s;
  s.size_for(p);
  std::set<size_t> reported;
  for (size_t b = 0; b <= m.behaviors.size(); ++b) {
    Incident in;
    if (b < m.behaviors.size()) in.behaviors.push_back(static_cast<int>(b));
    std::vector<size_t> idx(facts.size(), 0);
    for (size_t steps = 0; steps < 100000; ++steps) {
      in.facts.clear();
      for (size_t i = 0; i < facts.size(); ++i)
        in.facts.push_back({facts[i], p.facts[facts[i]].probe_values[idx[i]], {}});
      CoreDecision d = decide_core(p, in, s);
      if (d.actions[static_cast<int>(SroAction::Involve)] == ActionState::Forbidden)
        for (size_t k : duties)
          if (s.duty_state[k] == Tri::True && reported.insert(k).second) {
            AnalysisFinding f;
            f.kind = "conflicting-requirement";
            std::string ex = b < m.behaviors.size() ? "behaviors " + m.behaviors[b].name : "no behavior";
            for (auto& g : in.facts) ex += ", " + m.facts[g.fact].name + " = " + m.facts[g.fact].format(g.value);
            f.message = "clause " + p.clauses[p.duties[k].rule.clause]->number +
                        " requires consulting the SRO where the agreement forbids involving the SRO, e.g. " + ex;
            f.diag.severity = Severity::Warning;
            f.diag.rule = "conflicting-requirement";
            f.diag.message = f.message;
            f.diag.span = p.clauses[p.duties[k].rule.clause]->span;
            out.findings.push_back(std::move(f));
          }
      size_t i = 0;
      for (; i < facts.size(); ++i) {
        if (++idx[i] < p.facts[facts[i]].probe_values.size()) break;
        idx[i] = 0;
      }
      if (i == facts.size()) break;
    }
  }
  (void)loaded;
}

// Roles an incident can reach on the ladder from which no role that acts
// (administrator, sro, emergency_services) can be reached, and that no
// clause names as someone to notify or consult.
void dead_ends(const Plan& p, Analysis& out) {
  const Model& m = *p.model;
  if (m.roles.empty() || m.escalation.empty()) return;
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  G g(m.roles.size());
  for (auto [a, b] : m.escalation) boost::add_edge(a, b, g);
  auto reach = [&](size_t from) {
    std::vector<boost::default_color_type> color(m.roles.size(), boost::white_color);
    boost::breadth_first_search(g, from,
                                boost::color_map(boost::make_iterator_property_map(
                                    color.begin(), boost::get(boost::vertex_index, g))));
    std::vector<bool> r(m.roles.size());
    for (size_t i = 0; i < r.size(); ++i) r[i] = color[i] != boost::white_color;
    return r;
  };
  std::vector<bool> from_start = reach(0);
  std::set<int> acting, named;
  for (const char* n : {"administrator", "sro", "emergency_services"})
    if (auto it = m.role_index.find(n); it != m.role_index.end()) acting.insert(it->second);
  for (auto& d : p.duties) named.insert(d.duty.role);
  for (size_t r = 0; r < m.roles.size(); ++r) {
    if (!from_start[r] || acting.count(static_cast<int>(r)) || named.count(static_cast<int>(r))) continue;
    std::vector<bool> on = reach(r);
    bool reaches_actor = false;
    for (int a : acting) reaches_actor |= on[a];
    if (reaches_actor) continue;
    AnalysisFinding f;
    f.kind = "escalation-dead-end";
    f.message = "an incident handed to `" + m.roles[r].name +
                "` can go no further: no escalation path leads from it to a role that acts "
                "(administrator, sro or emergency_services), and no clause requires telling it";
    f.diag.severity = Severity::Warning;
    f.diag.rule = "escalation-dead-end";
    f.diag.message = f.message;
    f.diag.span = m.roles[r].span;
    out.findings.push_back(std::move(f));
  }
}

}  // namespace

Analysis analyze_policy(const LoadResult& loaded, const Plan& plan) {
  Analysis out;
  out.sources = loaded.sources;
  lint::Config config;
  for (auto* r : lint::rules()) config.rules[r->info().id] = std::nullopt;  // all off
  for (auto& [id, kind] : analysis_rules()) config.rules.erase(id);        // these on
  lint::Linter linter;
  linter.add(loaded, config);
  lint::Result res = linter.finish();
  for (auto& f : res.findings) {
    auto it = std::find_if(analysis_rules().begin(), analysis_rules().end(),
                           [&](auto& r) { return r.first == f.diag.rule; });
    if (it == analysis_rules().end()) continue;
    out.findings.push_back({it->second, f.diag.message, f.diag});
  }
  conflicting_requirements(plan, loaded, out);
  dead_ends(plan, out);
  return out;
}

}  // namespace guidepost
