#include "guidepost/diff.h"

#include <algorithm>
#include <map>
#include <functional>
#include <set>

#include "guidepost/decide.h"
#include "guidepost/decision_format.h"
#include "guidepost/explain.h"

namespace guidepost {

namespace {

bool is_fact_op(Instr::Op op) {
  return (op >= Instr::Op::FactEq && op <= Instr::Op::FactGe) || op == Instr::Op::FactIn;
}

// A fact of the joint vocabulary: its index in each plan (-1 if absent).
struct JointFact {
  std::string name;
  int old_index = -1, new_index = -1;
  const FactDef* def = nullptr;
  std::vector<int64_t> values;  // one per joint class
  std::vector<int64_t> upper;   // ints: the last value of each class's range
};

struct Side {
  const Plan* plan;
  Scratch scratch;
  std::vector<std::string> duty_names;
};

struct Outcome3 {
  std::string outcome;
  std::vector<std::string> outcome_clauses;
  std::array<std::string, kSroActionCount> actions;
  std::array<std::vector<std::string>, kSroActionCount> action_clauses;
  std::map<std::string, std::vector<std::string>> required;  // duty -> clauses
};

const char* state_name(ActionState a) {
  return a == ActionState::Permitted ? "permitted" : a == ActionState::Forbidden ? "forbidden" : "unknown";
}

Outcome3 decide_side(Side& side, const Incident& in) {
  const Plan& p = *side.plan;
  CoreDecision d = decide_core(p, in, side.scratch);
  Outcome3 o;
  o.outcome = outcome_name(d.outcome);
  std::vector<int> det;
  determining_clauses(p, side.scratch, d, det);
  for (int c : det) o.outcome_clauses.push_back(p.clauses[c]->number);
  for (int a = 0; a < kSroActionCount; ++a) {
    o.actions[a] = state_name(d.actions[a]);
    auto& rules = d.actions[a] == ActionState::Permitted ? p.permits[a] : p.forbids[a];
    for (auto& r : rules)
      if (rule_value(p, r, side.scratch, d.level_lo, d.level_hi) == Tri::True)
        o.action_clauses[a].push_back(p.clauses[r.clause]->number);
  }
  for (size_t k = 0; k < p.duties.size(); ++k)
    if (side.scratch.duty_state[k] == Tri::True)
      o.required[side.duty_names[k]].push_back(p.clauses[p.duties[k].rule.clause]->number);
  return o;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

DiffResult diff_policies(const Plan& op, const Plan& np) {
  DiffResult res;
  const Model& om = *op.model;
  const Model& nm = *np.model;

  // ---- the joint vocabulary -------------------------------------------------
  std::set<int> old_read, new_read;
  for (auto& i : op.code)
    if (is_fact_op(i.op)) old_read.insert(i.a);
  for (auto& i : np.code)
    if (is_fact_op(i.op)) new_read.insert(i.a);
  std::vector<JointFact> facts;
  auto add_fact = [&](const std::string& name) {
    if (std::any_of(facts.begin(), facts.end(), [&](auto& f) { return f.name == name; })) return;
    JointFact jf;
    jf.name = name;
    auto oi = om.fact_index.find(name);
    auto ni = nm.fact_index.find(name);
    if (oi != om.fact_index.end()) jf.old_index = oi->second;
    if (ni != nm.fact_index.end()) jf.new_index = ni->second;
    const FactDef* od = jf.old_index >= 0 ? &om.facts[jf.old_index] : nullptr;
    const FactDef* nd = jf.new_index >= 0 ? &nm.facts[jf.new_index] : nullptr;
    if (od && nd && (od->kind != nd->kind || od->values != nd->values || od->lo != nd->lo || od->hi != nd->hi)) {
      res.problems.push_back("fact `" + name + "` has a different type in OLD and NEW");
      return;
    }
    jf.def = od ? od : nd;
    // Joint classes: a value per distinct pair of per-policy classes.
    if (jf.def->kind != FactKind::Int) {
      std::set<std::pair<int64_t, int64_t>> seen;
      for (int64_t v = jf.def->lo; v <= jf.def->hi; ++v) {
        int64_t a = od ? op.facts[jf.old_index].rep_of(v) : 0;
        int64_t b = nd ? np.facts[jf.new_index].rep_of(v) : 0;
        if (seen.insert({a, b}).second) jf.values.push_back(v);
      }
      jf.upper = jf.values;
    } else {
      std::set<int64_t> cuts;
      if (od) cuts.insert(op.facts[jf.old_index].probe_values.begin(), op.facts[jf.old_index].probe_values.end());
      if (nd) cuts.insert(np.facts[jf.new_index].probe_values.begin(), np.facts[jf.new_index].probe_values.end());
      cuts.insert(jf.def->lo);
      jf.values.assign(cuts.begin(), cuts.end());
      for (size_t i = 0; i < jf.values.size(); ++i)
        jf.upper.push_back(i + 1 < jf.values.size() ? jf.values[i + 1] - 1 : jf.def->hi);
    }
    facts.push_back(std::move(jf));
  };
  for (int f : old_read) add_fact(om.facts[f].name);
  for (int f : new_read) add_fact(nm.facts[f].name);
  for (auto& f : facts) res.facts.push_back(f.name);
  // Every fact a condition reads is given in each enumerated incident, so a
  // change to a default or to what a behavior implies would go unseen there:
  // say so.
  for (auto& f : om.facts) {
    auto it = nm.fact_index.find(f.name);
    if (it == nm.fact_index.end()) continue;
    const FactDef& g = nm.facts[it->second];
    if (f.default_value != g.default_value)
      res.problems.push_back("fact `" + f.name + "` has a different default in OLD and NEW");
  }
  for (auto& b : om.behaviors) {
    auto it = nm.behavior_index.find(b.name);
    if (it == nm.behavior_index.end()) continue;
    auto implied = [](const Model& m, const BehaviorDef& bd) {
      std::set<std::string> out;
      for (auto& fv : bd.implies) out.insert(m.facts[fv.fact].name + "=" + m.facts[fv.fact].format(fv.value));
      return out;
    };
    if (implied(om, b) != implied(nm, nm.behaviors[it->second]))
      res.problems.push_back("behavior `" + b.name + "` implies different facts in OLD and NEW");
  }

  // Behaviors: those both policies know. Sets: none, each one alone, and
  // each pair of behaviors some condition names (others act only through
  // their level, which a single behavior of that level already shows).
  std::vector<std::string> behaviors;
  for (auto& b : om.behaviors)
    if (nm.behavior_index.count(b.name)) behaviors.push_back(b.name);
    else res.problems.push_back("behavior `" + b.name + "` is only in OLD");
  for (auto& b : nm.behaviors)
    if (!om.behavior_index.count(b.name)) res.problems.push_back("behavior `" + b.name + "` is only in NEW");
  // Pairs of behaviors that one condition reads together (through its
  // named conditions too): only there can two behaviors together decide
  // differently from each alone.
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Plan* p : {&op, &np}) {
    std::function<void(const Program&, std::set<std::string>&, std::set<int>&)> collect =
        [&](const Program& prog, std::set<std::string>& out, std::set<int>& seen) {
          for (uint32_t pc = prog.begin; pc < prog.end; ++pc) {
            const Instr& i = p->code[pc];
            if (i.op == Instr::Op::Behavior) out.insert(p->model->behaviors[i.a].name);
            if (i.op == Instr::Op::BehaviorAny)
              for (int k = 0; k < i.n; ++k) out.insert(p->model->behaviors[p->sets[i.b + k]].name);
            if (i.op == Instr::Op::Define && seen.insert(i.a).second) collect(p->defines[i.a], out, seen);
          }
        };
    std::vector<const Program*> programs;
    for (auto& v : p->permits)
      for (auto& r : v) programs.push_back(&r.program);
    for (auto& v : p->forbids)
      for (auto& r : v) programs.push_back(&r.program);
    for (auto& r : p->emergencies) programs.push_back(&r.program);
    for (auto& d : p->duties) programs.push_back(&d.rule.program);
    for (auto& b : p->behaviors)
      for (auto& l : b.levels)
        if (l.conditional) programs.push_back(&l.when);
    for (auto* prog : programs) {
      std::set<std::string> named;
      std::set<int> seen;
      collect(*prog, named, seen);
      std::vector<std::string> v(named.begin(), named.end());
      for (size_t i = 0; i < v.size(); ++i)
        for (size_t j = i + 1; j < v.size(); ++j)
          if (om.behavior_index.count(v[i]) && om.behavior_index.count(v[j]) &&
              nm.behavior_index.count(v[i]) && nm.behavior_index.count(v[j]))
            pairs.insert({v[i], v[j]});
    }
  }
  std::vector<std::vector<std::string>> sets{{}};
  for (auto& b : behaviors) sets.push_back({b});
  for (auto& [a, b] : pairs) sets.push_back({a, b});
  res.behavior_sets = sets.size();

  Side sides[2] = {{&op, {}, {}}, {&np, {}, {}}};
  for (auto& s : sides) {
    s.scratch.size_for(*s.plan);
    for (auto& d : s.plan->duties)
      s.duty_names.push_back(std::string(duty_kind_name(d.duty.kind)) + "(" +
                             s.plan->model->roles[d.duty.role].name + ")");
  }

  // ---- enumerate ------------------------------------------------------------
  // Every incident is a point: [behavior set, value index of each fact].
  // The behavior set is one more dimension, so that a difference shared by
  // many behaviors reads as one condition.
  struct Key {
    std::string what, old_value, new_value, old_clauses, new_clauses;
    bool operator<(const Key& o) const {
      return std::tie(what, old_value, new_value, old_clauses, new_clauses) <
             std::tie(o.what, o.old_value, o.new_value, o.old_clauses, o.new_clauses);
    }
  };
  std::map<Key, std::vector<std::vector<int>>> groups;
  auto point = [&](size_t si, const std::vector<int>& v) {
    std::vector<int> pt;
    pt.reserve(v.size() + 1);
    pt.push_back(static_cast<int>(si));
    pt.insert(pt.end(), v.begin(), v.end());
    return pt;
  };
  std::vector<int> idx(facts.size(), 0);
  Incident oin, nin;
  // Per plan: the facts each rule, level condition and asked condition
  // reads (through defines), to find which facts matter for each set of
  // behaviors: a condition that is already true or false with every fact
  // unknown does not depend on any fact.
  struct FactReads {
    std::vector<std::vector<int>> rule;   // by slot
  };
  auto program_facts = [](const Plan& p, const Program& prog) {
    std::set<int> out, seen;
    std::function<void(const Program&)> walk = [&](const Program& g) {
      for (uint32_t pc = g.begin; pc < g.end; ++pc) {
        const Instr& i = p.code[pc];
        if (is_fact_op(i.op)) out.insert(i.a);
        if (i.op == Instr::Op::Define && seen.insert(i.a).second) walk(p.defines[i.a]);
      }
    };
    walk(prog);
    return std::vector<int>(out.begin(), out.end());
  };
  auto joint_dim = [&](const Plan& p, int fact) -> int {
    for (size_t d = 0; d < facts.size(); ++d)
      if ((&p == &op ? facts[d].old_index : facts[d].new_index) == fact) return static_cast<int>(d);
    return -1;
  };
  // What can differ at all. A rule is identified by its effect, targets and
  // conditions in words (names, not indexes). When the two policies define
  // levels, asked facts and named conditions alike, an action whose rules
  // are the same in both cannot be decided differently, nor a duty required
  // by the same rules, nor the outcome when involvement and emergency rules
  // are the same: those are not compared, and the facts only they read are
  // not enumerated. Otherwise everything is.
  auto cond_words = [](const Model& m, const RuleDef& r) {
    std::string s;
    for (auto& c : r.conditions) s += (c.unless ? " unless " : " when ") + describe(m, c.cond);
    return s;
  };
  auto sigs = [&](const Plan& p, const std::vector<PlanRule>& rules) {
    std::vector<std::string> v;
    for (auto& r : rules) {
      const RuleDef& rd = p.clauses[r.clause]->rules[r.rule];
      v.push_back(std::to_string(static_cast<int>(rd.effect)) + cond_words(*p.model, rd));
    }
    std::sort(v.begin(), v.end());
    return v;
  };
  bool same_ground = true;  // levels, asked facts, defines alike
  {
    auto levels_of = [&](const Model& m) {
      std::map<std::string, std::string> out;
      for (auto& b : m.behaviors) {
        std::string s;
        for (auto& l : b.levels) s += std::to_string(l.level) + (l.when ? describe(m, *l.when) : "") + ";";
        out[b.name] = s;
      }
      for (auto& f : m.facts)
        if (f.asked_when) out["asked " + f.name] = describe(m, *f.asked_when);
      for (auto& d : m.defines) out["define " + d.name] = describe(m, d.cond);
      return out;
    };
    same_ground = levels_of(om) == levels_of(nm);
  }
  const int involve = static_cast<int>(SroAction::Involve);
  std::array<bool, kSroActionCount> action_may_differ{};
  for (int a = 0; a < kSroActionCount; ++a)
    action_may_differ[a] = !same_ground || sigs(op, op.permits[a]) != sigs(np, np.permits[a]) ||
                           sigs(op, op.forbids[a]) != sigs(np, np.forbids[a]);
  bool outcome_may_differ = action_may_differ[involve] || !same_ground ||
                            sigs(op, op.emergencies) != sigs(np, np.emergencies);
  std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> duty_rules;
  for (size_t k = 0; k < op.duties.size(); ++k)
    duty_rules[sides[0].duty_names[k]].first.push_back(
        cond_words(om, op.clauses[op.duties[k].rule.clause]->rules[op.duties[k].rule.rule]));
  for (size_t k = 0; k < np.duties.size(); ++k)
    duty_rules[sides[1].duty_names[k]].second.push_back(
        cond_words(nm, np.clauses[np.duties[k].rule.clause]->rules[np.duties[k].rule.rule]));
  std::set<std::string> duty_may_differ;
  for (auto& [name, pr] : duty_rules) {
    auto a = pr.first, b = pr.second;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (!same_ground || a != b) duty_may_differ.insert(name);
  }

  std::vector<bool> relevant(facts.size());
  auto mark_relevant = [&](const Plan& p, Scratch& s, const std::vector<std::string>& set) {
    Incident in;
    for (auto& b : set) in.behaviors.push_back(p.model->behavior_index.at(b));
    load_facts(p, in, s);
    std::fill(s.known.begin(), s.known.end(), 0);
    std::fill(s.define_state.begin(), s.define_state.end(), Scratch::kUnset);
    auto add = [&](const Program& prog) {
      for (int f : program_facts(p, prog))
        if (int d = joint_dim(p, f); d >= 0) relevant[d] = true;
    };
    int64_t lo = 0, hi = 0;
    for (int b : s.present)
      for (auto& l : p.behaviors[b].levels) {
        Tri t = l.conditional ? run_program(p, l.when, s, 0, 0) : Tri::True;
        if (t == Tri::Unknown) add(l.when);
        if (t == Tri::True) lo = std::max(lo, l.level);
        if (t != Tri::False) hi = std::max(hi, l.level);
      }
    // With no level certain, a level may be as low as the lowest there is:
    // comparisons with it must stay open here, or their facts are missed.
    int64_t llo = lo ? lo : (hi ? 1 : 0);
    for (auto& pf : p.facts)
      if (pf.asked && run_program(p, pf.asked_when, s, 0, 0) == Tri::Unknown) add(pf.asked_when);
    auto rule = [&](const PlanRule& r) {
      if (r.guard >= 0 && !s.has_behavior[r.guard]) return;
      if (run_program(p, r.program, s, llo, hi) == Tri::Unknown) add(r.program);
    };
    for (int a = 0; a < kSroActionCount; ++a) {
      bool needed = action_may_differ[a] || (a == involve && outcome_may_differ);
      if (!needed) continue;
      for (auto& r : p.permits[a]) rule(r);
      for (auto& r : p.forbids[a]) rule(r);
    }
    if (outcome_may_differ)
      for (auto& r : p.emergencies) rule(r);
    const Side& side = &p == &op ? sides[0] : sides[1];
    for (size_t k = 0; k < p.duties.size(); ++k)
      if (duty_may_differ.count(side.duty_names[k])) rule(p.duties[k].rule);
  };
  for (size_t si = 0; si < sets.size(); ++si) {
    std::fill(idx.begin(), idx.end(), 0);
    std::fill(relevant.begin(), relevant.end(), false);
    mark_relevant(op, sides[0].scratch, sets[si]);
    mark_relevant(np, sides[1].scratch, sets[si]);
    // Facts that matter to neither policy here take one value; a difference
    // found holds for all their values, and is recorded for each.
    size_t repeat = 1;
    for (size_t f = 0; f < facts.size(); ++f)
      if (!relevant[f]) repeat *= facts[f].values.size();
    for (bool done = false; !done;) {
      oin.behaviors.clear();
      nin.behaviors.clear();
      oin.facts.clear();
      nin.facts.clear();
      for (auto& b : sets[si]) {
        oin.behaviors.push_back(om.behavior_index.at(b));
        nin.behaviors.push_back(nm.behavior_index.at(b));
      }
      for (size_t f = 0; f < facts.size(); ++f) {
        int64_t v = facts[f].values[idx[f]];
        if (facts[f].old_index >= 0) oin.facts.push_back({facts[f].old_index, v, {}});
        if (facts[f].new_index >= 0) nin.facts.push_back({facts[f].new_index, v, {}});
      }
      res.incidents += repeat;
      // Most incidents agree: compare the fast decisions first.
      CoreDecision ca = decide_core(op, oin, sides[0].scratch), cb = decide_core(np, nin, sides[1].scratch);
      bool same = !outcome_may_differ || ca.outcome == cb.outcome;
      for (int a = 0; a < kSroActionCount && same; ++a)
        same = !action_may_differ[a] || ca.actions[a] == cb.actions[a];
      if (same) {
        thread_local std::vector<std::string> da, db;
        da.clear();
        db.clear();
        for (size_t k = 0; k < op.duties.size(); ++k)
          if (sides[0].scratch.duty_state[k] == Tri::True && duty_may_differ.count(sides[0].duty_names[k]))
            da.push_back(sides[0].duty_names[k]);
        for (size_t k = 0; k < np.duties.size(); ++k)
          if (sides[1].scratch.duty_state[k] == Tri::True && duty_may_differ.count(sides[1].duty_names[k]))
            db.push_back(sides[1].duty_names[k]);
        std::sort(da.begin(), da.end());
        da.erase(std::unique(da.begin(), da.end()), da.end());
        std::sort(db.begin(), db.end());
        db.erase(std::unique(db.begin(), db.end()), db.end());
        same = da == db;
      }
      if (same) {
        bool done_all = true;
        for (size_t f = 0; f < facts.size(); ++f) {
          if (!relevant[f]) continue;
          if (++idx[f] < static_cast<int>(facts[f].values.size())) {
            done_all = false;
            break;
          }
          idx[f] = 0;
        }
        if (facts.empty() || done_all) done = true;
        continue;
      }
      Outcome3 a = decide_side(sides[0], oin), b = decide_side(sides[1], nin);
      bool differs = false;
      auto note = [&](const std::string& what, const std::string& ov, const std::string& nv,
                      const std::vector<std::string>& oc, const std::vector<std::string>& nc) {
        differs = true;
        auto& members = groups[{what, ov, nv, join(oc), join(nc)}];
        std::vector<int> rep = idx;
        for (bool more = true; more;) {
          members.push_back(point(si, rep));
          more = false;
          for (size_t f = 0; f < facts.size(); ++f) {
            if (relevant[f]) continue;
            if (++rep[f] < static_cast<int>(facts[f].values.size())) {
              more = true;
              break;
            }
            rep[f] = 0;
          }
        }
      };
      if (outcome_may_differ && a.outcome != b.outcome)
        note("outcome", a.outcome, b.outcome, a.outcome_clauses, b.outcome_clauses);
      for (int k = 0; k < kSroActionCount; ++k)
        if (action_may_differ[k] && a.actions[k] != b.actions[k])
          note(std::string("sro.") + sro_action_name(static_cast<SroAction>(k)), a.actions[k],
               b.actions[k], a.action_clauses[k], b.action_clauses[k]);
      std::set<std::string> duties;
      for (auto& [n, _] : a.required) duties.insert(n);
      for (auto& [n, _] : b.required) duties.insert(n);
      for (auto& n : duties) {
        if (!duty_may_differ.count(n)) continue;
        bool ia = a.required.count(n), ib = b.required.count(n);
        if (ia != ib)
          note("required " + n, ia ? "required" : "not required", ib ? "required" : "not required",
               ia ? a.required[n] : std::vector<std::string>{}, ib ? b.required[n] : std::vector<std::string>{});
      }
      if (differs) res.differing += repeat;
      // Next combination.
      done = true;
      for (size_t f = 0; f < facts.size(); ++f) {
        if (!relevant[f]) continue;
        if (++idx[f] < static_cast<int>(facts[f].values.size())) {
          done = false;
          break;
        }
        idx[f] = 0;
      }
      if (facts.empty()) done = true;
    }
  }

  // ---- describe each group with the fewest plain conditions ----------------
  const size_t dims = facts.size() + 1;
  auto dim_size = [&](size_t d) { return d == 0 ? sets.size() : facts[d - 1].values.size(); };
  auto set_name = [&](size_t si) {
    if (sets[si].empty()) return std::string("no behavior");
    std::string s;
    for (auto& b : sets[si]) s += (s.empty() ? "" : " with ") + b;
    return s;
  };
  auto value_text = [&](size_t d, const std::set<int>& vals) {
    if (d == 0) {
      std::string s;
      std::vector<int> v(vals.begin(), vals.end());
      for (size_t i = 0; i < v.size(); ++i)
        s += (i ? (i + 1 == v.size() ? " or " : ", ") : "") + set_name(static_cast<size_t>(v[i]));
      return s;
    }
    size_t f = d - 1;
    const JointFact& jf = facts[f];
    std::string s;
    std::vector<int> v(vals.begin(), vals.end());
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) s += i + 1 == v.size() ? " or " : ", ";
      int64_t lo = jf.values[v[i]], hi = jf.upper[v[i]];
      // Neighbouring int ranges read as one.
      while (jf.def->kind == FactKind::Int && i + 1 < v.size() && v[i + 1] == v[i] + 1) {
        ++i;
        hi = jf.upper[v[i]];
      }
      s += jf.def->kind == FactKind::Int && lo != hi ? std::to_string(lo) + ".." + std::to_string(hi)
                                                     : jf.def->format(lo);
    }
    return s;
  };
  for (auto& [key, members] : groups) {
    // Constraints: fact -> allowed value indexes.
    std::vector<std::map<size_t, std::set<int>>> out;
    std::function<void(std::vector<std::vector<int>>, std::map<size_t, std::set<int>>)> split =
        [&](std::vector<std::vector<int>> g, std::map<size_t, std::set<int>> c) {
          // The enumeration is a full product of every dimension's values,
          // so the incidents a condition covers are counted, not scanned.
          auto region_size = [&](const std::map<size_t, std::set<int>>& cc) {
            size_t n = 1;
            for (size_t d = 0; d < dims; ++d) {
              auto it = cc.find(d);
              n *= it == cc.end() ? dim_size(d) : it->second.size();
            }
            return n;
          };
          size_t region = region_size(c);
          if (region == g.size()) {
            out.push_back(c);
            return;
          }
          // Choose the fact whose values best separate the group from the
          // rest of the region: the most region incidents in parts that are
          // wholly in the group or wholly out of it.
          size_t best_f = dims, best_score = 0;
          for (size_t f = 0; f < dims; ++f) {
            if (c.count(f)) continue;
            std::map<int, std::pair<size_t, size_t>> parts;  // value -> (region, group)
            for (size_t v = 0; v < dim_size(f); ++v) parts[static_cast<int>(v)].first = region / dim_size(f);
            for (auto& m : g) parts[m[f]].second++;
            size_t score = 0;
            for (auto& [v, rg] : parts)
              if (rg.second == 0 || rg.first == rg.second) score += rg.first;
            if (parts.size() > 1 && (best_f == dims || score > best_score)) {
              best_f = f;
              best_score = score;
            }
          }
          if (best_f < dims) {
            std::map<int, std::vector<std::vector<int>>> parts;
            for (auto& m : g) parts[m[best_f]].push_back(m);
            // Values whose part is wholly in the group form one condition.
            std::set<int> pure;
            for (auto& [v, part] : parts)
              if (part.size() == region / dim_size(best_f)) pure.insert(v);
            if (!pure.empty()) {
              auto c2 = c;
              c2[best_f] = pure;
              out.push_back(c2);
            }
            for (auto& [v, part] : parts) {
              if (pure.count(v)) continue;
              auto c2 = c;
              c2[best_f] = {v};
              split(part, c2);
            }
            return;
          }
          out.push_back(c);  // cannot narrow further (should not happen)
        };
    split(members, {});
    // Conditions that differ only in one fact's values read as one.
    for (bool merged = true; merged;) {
      merged = false;
      for (size_t i = 0; i < out.size() && !merged; ++i)
        for (size_t j = i + 1; j < out.size() && !merged; ++j) {
          if (out[i].size() != out[j].size()) continue;
          int differing = 0;
          size_t where = 0;
          bool same_keys = true;
          for (auto& [f, vs] : out[i]) {
            auto it = out[j].find(f);
            if (it == out[j].end()) { same_keys = false; break; }
            if (it->second != vs) { ++differing; where = f; }
          }
          if (!same_keys || differing != 1) continue;
          out[i][where].insert(out[j][where].begin(), out[j][where].end());
          if (out[i][where].size() == dim_size(where)) out[i].erase(where);
          out.erase(out.begin() + static_cast<long>(j));
          merged = true;
        }
    }
    for (auto& c : out) {
      DiffGroup g;
      g.what = key.what;
      g.old_value = key.old_value;
      g.new_value = key.new_value;
      auto splitc = [](const std::string& s) {
        std::vector<std::string> v;
        size_t p = 0;
        while (!s.empty() && p <= s.size()) {
          size_t q = s.find(", ", p);
          v.push_back(s.substr(p, q == std::string::npos ? std::string::npos : q - p));
          if (q == std::string::npos) break;
          p = q + 2;
        }
        return v;
      };
      g.old_clauses = splitc(key.old_clauses);
      g.new_clauses = splitc(key.new_clauses);
      std::string cond;
      const std::vector<int>* example = nullptr;
      size_t count = 0;
      for (auto& m : members) {
        bool ok = true;
        for (auto& [f, vs] : c) ok &= vs.count(m[f]) > 0;
        if (ok) {
          ++count;
          if (!example) example = &m;
        }
      }
      if (!c.count(0)) cond = "any behavior";
      for (auto& [d, vs] : c) {
        std::string name = d == 0 ? std::string("behavior") : facts[d - 1].name;
        for (char& ch : name)
          if (ch == '_') ch = ' ';
        cond += std::string(cond.empty() ? "" : " and ") + name + " is " + value_text(d, vs);
      }
      g.condition = cond;
      g.incidents = count;
      std::string ex = "{\"behaviors\":[";
      const auto& ex_set = sets[example ? static_cast<size_t>((*example)[0]) : 0];
      for (size_t i = 0; i < ex_set.size(); ++i) ex += (i ? ",\"" : "\"") + ex_set[i] + "\"";
      ex += "],\"facts\":{";
      if (example)
        for (size_t f = 0; f < facts.size(); ++f) {
          ex += (f ? "," : "");
          append_json_string(ex, facts[f].name);
          ex += ":";
          int64_t v = facts[f].values[(*example)[f + 1]];
          if (facts[f].def->kind == FactKind::Enum) append_json_string(ex, facts[f].def->format(v));
          else ex += facts[f].def->format(v);
        }
      ex += "}}";
      g.example = ex;
      res.groups.push_back(std::move(g));
    }
  }
  std::stable_sort(res.groups.begin(), res.groups.end(), [](const DiffGroup& a, const DiffGroup& b) {
    auto rank = [](const std::string& w) { return w == "outcome" ? 0 : w.rfind("sro.", 0) == 0 ? 1 : 2; };
    if (rank(a.what) != rank(b.what)) return rank(a.what) < rank(b.what);
    if (a.what != b.what) return a.what < b.what;
    return a.incidents > b.incidents;
  });
  return res;
}

}  // namespace guidepost
