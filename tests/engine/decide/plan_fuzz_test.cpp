// The plan against the model: random policies (70 behaviors, so both ways
// of testing a behavior set run; conditional levels on unknown facts; an
// asked fact; nested defines that read the level; permits and forbids with
// `when` and `unless`), each incident decided by the plan and by a plain
// Kleene evaluation of the model's own conditions. Then what-if probes, as
// the explanation makes them (decide_reusing), against fresh decisions.
// Compilation groups, negates, inlines small defines and shares memo slots
// between rules that read alike: none of that may change a value.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <set>
#include <sstream>

#include "guidepost/decide.h"
#include "guidepost/plan.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost {
namespace {

std::mt19937 rng;
int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

const int NB = 70;
const int DEPTH = 3;

std::string leaf(int ndef, bool level_ok) {
  int k = pick(level_ok ? 11 : 9);
  switch (k) {
    case 0: return "flag";
    case 1: return "count >= " + std::to_string(pick(6));
    case 2: return "count == " + std::to_string(pick(6));
    case 3: return std::string("kind == ") + "xyz"[pick(3)];
    case 4: return std::string("kind ") + (pick(2) ? "not in " : "in ") + (pick(2) ? "{ x, y }" : "{ y, z }");
    case 5: return "asked_q";
    case 6: case 7: {
      int b = pick(4) == 0 ? pick(NB) : (pick(2) ? pick(3) : 62 + pick(8));
      return "bb" + std::to_string(b);
    }
    case 8:
      if (ndef) return "d" + std::to_string(pick(ndef));
      return "true";
    default: {
      const char* ops[] = {">=", "==", "<", "!=", ">", "<="};
      if (pick(3) == 0) return "level in { 1, 3 }";
      return std::string("level ") + ops[pick(6)] + " " + std::to_string(1 + pick(3));
    }
  }
}

std::string expr(int depth, int ndef, bool level_ok) {
  if (depth == 0 || pick(3) == 0) return leaf(ndef, level_ok);
  int k = pick(6);
  if (k == 0) return "not (" + expr(depth - 1, ndef, level_ok) + ")";
  bool is_and = k % 2;
  int n = 1 + pick(4);
  std::string t = "(";
  for (int i = 0; i < n; ++i) t += (i ? (is_and ? " and " : " or ") : "") + expr(depth - 1, ndef, level_ok);
  return t + ")";
}

// ---- reference -------------------------------------------------------------
struct Ref {
  const Model& m;
  const std::vector<int64_t>& value;
  const std::vector<uint8_t>& known;
  const std::vector<uint8_t>& has;
  int64_t lo, hi;
  Tri eval(const Cond& c) const {
    auto tri = [](bool b) { return b ? Tri::True : Tri::False; };
    switch (c.kind) {
      case Cond::Kind::True: return Tri::True;
      case Cond::Kind::False: return Tri::False;
      case Cond::Kind::FactCmp:
        return known[c.index] ? tri(compare(value[c.index], c.op, c.value)) : Tri::Unknown;
      case Cond::Kind::FactIn: {
        if (!known[c.index]) return Tri::Unknown;
        bool in = std::find(c.set.begin(), c.set.end(), value[c.index]) != c.set.end();
        return tri(in != (c.value == 1));
      }
      case Cond::Kind::LevelCmp: {
        if (hi == 0) return Tri::False;
        if (lo == hi) return tri(compare(lo, c.op, c.value));
        // every level in [lo, hi] that some behavior could have: here all
        bool any_t = false, any_f = false;
        for (int64_t v = lo; v <= hi; ++v) (compare(v, c.op, c.value) ? any_t : any_f) = true;
        // the engine only looks at lo and hi for ordered ops; Eq/Ne by range
        if (c.op == Cond::Op::Eq || c.op == Cond::Op::Ne) {
          if (c.value < lo || c.value > hi) return tri(c.op == Cond::Op::Ne);
          return Tri::Unknown;
        }
        return any_t && any_f ? Tri::Unknown : tri(any_t);
      }
      case Cond::Kind::HasBehavior: return tri(has[c.index]);
      case Cond::Kind::DefineRef: return eval(m.defines[c.index].cond);
      case Cond::Kind::Not: {
        Tri t = eval(c.kids[0]);
        return t == Tri::Unknown ? t : (t == Tri::True ? Tri::False : Tri::True);
      }
      case Cond::Kind::And: {
        Tri acc = Tri::True;
        for (auto& k : c.kids) {
          Tri t = eval(k);
          if (t == Tri::False) return Tri::False;
          if (t == Tri::Unknown) acc = Tri::Unknown;
        }
        return acc;
      }
      case Cond::Kind::Or: {
        Tri acc = Tri::False;
        for (auto& k : c.kids) {
          Tri t = eval(k);
          if (t == Tri::True) return Tri::True;
          if (t == Tri::Unknown) acc = Tri::Unknown;
        }
        return acc;
      }
    }
    return Tri::Unknown;
  }
  Tri rule(const RuleDef& r) const {
    Tri acc = Tri::True;
    for (auto& c : r.conditions) {
      Tri t = eval(c.cond);
      if (c.unless) t = t == Tri::Unknown ? t : (t == Tri::True ? Tri::False : Tri::True);
      if (t == Tri::False) return Tri::False;
      if (t == Tri::Unknown) acc = Tri::Unknown;
    }
    return acc;
  }
};

struct RefDecision {
  int64_t lo, hi;
  ActionState act[2];
};

RefDecision reference(const Plan& p, const Incident& in) {
  const Model& m = *p.model;
  std::vector<int64_t> value(m.facts.size());
  std::vector<uint8_t> known(m.facts.size()), has(m.behaviors.size()), given(m.facts.size());
  for (size_t f = 0; f < m.facts.size(); ++f)
    if (m.facts[f].default_value) value[f] = *m.facts[f].default_value, known[f] = 1;
  for (int b : in.behaviors) {
    has[b] = 1;
    for (auto& fv : m.behaviors[b].implies) value[fv.fact] = fv.value, known[fv.fact] = 1;
  }
  for (auto& g : in.facts) value[g.fact] = g.value, known[g.fact] = 1, given[g.fact] = 1;
  {
    Ref r{m, value, known, has, 0, 0};
    std::vector<uint8_t> k2 = known;
    for (size_t f = 0; f < m.facts.size(); ++f)
      if (m.facts[f].asked_when && !given[f] && r.eval(*m.facts[f].asked_when) != Tri::False) k2[f] = 0;
    known = k2;
  }
  int64_t lo = 0, hi = 0;
  Ref r0{m, value, known, has, 0, 0};
  for (size_t b = 0; b < m.behaviors.size(); ++b) {
    if (!has[b]) continue;
    for (auto& l : m.behaviors[b].levels) {
      Tri t = l.when ? r0.eval(*l.when) : Tri::True;
      if (t == Tri::True) lo = std::max(lo, l.level);
      if (t != Tri::False) hi = std::max(hi, l.level);
    }
  }
  RefDecision d;
  d.lo = lo ? lo : hi;
  d.hi = hi;
  Ref r{m, value, known, has, d.lo, d.hi};
  for (int a = 0; a < 2; ++a) {
    bool pt = false, pu = false, ft = false, fu = false;
    for (auto& ag : m.agreements)
      for (auto& cl : ag.clauses)
        for (auto& rule : cl.rules) {
          if (std::find(rule.actions.begin(), rule.actions.end(), static_cast<SroAction>(a)) == rule.actions.end())
            continue;
          Tri t = r.rule(rule);
          bool permit = rule.effect == RuleDef::Effect::Permit;
          if (t == Tri::True) (permit ? pt : ft) = true;
          if (t == Tri::Unknown) (permit ? pu : fu) = true;
        }
    ActionState st = ActionState::Forbidden;
    if (pt || pu) {
      if (!ft && pt && !fu) st = ActionState::Permitted;
      else if (!ft) st = ActionState::Unknown;
    }
    d.act[a] = st;
  }
  return d;
}

TEST(PlanFuzz, DecisionsAndProbesAgreeWithTheModel) {
  uint32_t seed0 = 20261125;
  int rounds = 300;
  long compared = 0, probes = 0;
  int failures = 0;
  std::ostringstream out;
  for (int round = 0; round < rounds && failures < 5; ++round) {
    rng.seed(seed0 + round);
    std::string text = R"(
facts {
  flag : bool
  count : int 0..5
  kind : enum { x, y, z }
)";
    text += "  asked_q : bool = false asked when " + expr(2, 0, false) + " \"q\"\n}\n";
    text += R"(responses { redirect, conference }
level 1 "Minor" { responses redirect .. conference }
level 2 "Middle" { responses redirect .. conference }
level 3 "Harmful" { responses redirect .. conference }
roles { teacher, administrator, sro, emergency_services }
escalation { teacher -> administrator -> sro -> emergency_services }
)";
    for (int b = 0; b < NB; ++b) {
      text += "behavior bb" + std::to_string(b) + " { level " + std::to_string(1 + pick(2));
      if (pick(3) == 0) text += " level 3 when " + expr(1, 0, false);
      text += " }\n";
    }
    int nd = pick(6);
    for (int d = 0; d < nd; ++d) text += "define d" + std::to_string(d) + " = " + expr(2 + pick(DEPTH), d, true) + "\n";
    text += "agreement {\n";
    int nr = 1 + pick(6);
    for (int r = 0; r < nr; ++r) {
      text += "  clause " + std::to_string(r + 1) + " { paraphrase \"p\" ";
      text += pick(3) ? "permit" : "forbid";
      text += pick(2) ? " sro.involve" : " sro.involve, sro.question";
      int nc = pick(3);
      for (int c = 0; c < nc; ++c) text += (pick(4) ? " when " : " unless ") + expr(1 + pick(DEPTH + 1), nd, true);
      text += " }\n";
    }
    text += "}\n";
    LoadResult lr = load_policy_text("fuzz.policy", text);
    if (!lr.ok()) {
      std::string all;
      for (auto& d : lr.diagnostics.items()) all += render_text(d, *lr.sources);
      if (all.find("error") != std::string::npos) {
        out << "load failed (seed " << seed0 + round << "):\n" << all.substr(0, 2000) << "\n";
        continue;
      }
    }
    auto p = compile_plan(lr.model);
    const Model& m = *p->model;
    int fi_flag = m.fact_index.at("flag"), fi_count = m.fact_index.at("count"),
        fi_kind = m.fact_index.at("kind"), fi_q = m.fact_index.at("asked_q");
    for (int k = 0; k < 60; ++k) {
      Incident in;
      int nbh = pick(4);
      std::set<int> bs;
      for (int i = 0; i < nbh; ++i) bs.insert(pick(4) == 0 ? pick(NB) : (pick(2) ? pick(3) : 62 + pick(8)));
      in.behaviors.assign(bs.begin(), bs.end());
      if (pick(3)) in.facts.push_back({fi_flag, pick(2), {}});
      if (pick(3)) in.facts.push_back({fi_count, pick(6), {}});
      if (pick(3)) in.facts.push_back({fi_kind, pick(3), {}});
      if (pick(4) == 0) in.facts.push_back({fi_q, pick(2), {}});
      Scratch s;
      CoreDecision d = decide_core(*p, in, s);
      RefDecision want = reference(*p, in);
      bool ok = d.level_lo == want.lo && d.level_hi == want.hi;
      for (int a = 0; a < 2; ++a) ok = ok && d.actions[a] == want.act[a];
      ++compared;
      if (!ok) {
        ++failures;
        out << "MISMATCH seed " << seed0 + round << " incident " << k << ": level " << d.level_lo << ".."
                  << d.level_hi << " want " << want.lo << ".." << want.hi << "; involve "
                  << int(d.actions[0]) << " want " << int(want.act[0]) << "; question " << int(d.actions[1])
                  << " want " << int(want.act[1]) << "\nbehaviors:";
        for (int b : in.behaviors) out << " bb" << b;
        out << "\nfacts:";
        for (auto& g : in.facts) out << " " << m.facts[g.fact].name << "=" << g.value;
        out << "\n" << text << "\n";
        break;
      }
      // What-if probes, as explain.cpp's Prober does them.
      Scratch ps;
      ps.ensure(*p);
      load_facts(*p, in, ps);
      auto value0 = ps.value;
      auto known0 = ps.known;
      auto source0 = ps.source;
      apply_asked(*p, ps);
      CoreDecision base = decide_loaded(*p, ps, DecideScope::Outcome);
      MemoReuse reuse;
      reuse.define_state = ps.define_state;
      reuse.rule_state = ps.rule_state;
      reuse.level_lo = base.level_lo;
      reuse.level_hi = base.level_hi;
      auto after_value = ps.value;
      auto after_known = ps.known;
      auto after_source = ps.source;
      for (int q = 0; q < 6; ++q) {
        std::vector<std::pair<int, int64_t>> set;
        int nset = 1 + pick(2);
        for (int i = 0; i < nset; ++i) {
          int f = pick(4);
          int64_t v = f == 0 ? pick(2) : f == 1 ? pick(6) : f == 2 ? pick(3) : pick(2);
          int fi = f == 0 ? fi_flag : f == 1 ? fi_count : f == 2 ? fi_kind : fi_q;
          set.push_back({fi, v});
        }
        bool asked_may_change = false;
        for (auto [f, v] : set) asked_may_change |= p->feeds_asked[f] != 0;
        const auto& value = asked_may_change ? value0 : after_value;
        const auto& known = asked_may_change ? known0 : after_known;
        const auto& source = asked_may_change ? source0 : after_source;
        std::copy(value.begin(), value.end(), ps.value.begin());
        std::copy(known.begin(), known.end(), ps.known.begin());
        std::copy(source.begin(), source.end(), ps.source.begin());
        for (auto [f, v] : set) {
          ps.value[f] = v;
          ps.known[f] = 1;
          ps.source[f] = FactSource::Given;
        }
        if (asked_may_change) apply_asked(*p, ps);
        reuse.changed.clear();
        for (size_t f = 0; f < ps.value.size(); ++f)
          if (ps.known[f] != after_known[f] || (ps.known[f] && ps.value[f] != after_value[f]))
            reuse.changed.push_back(static_cast<int>(f));
        CoreDecision got = decide_reusing(*p, ps, reuse);
        Incident in2 = in;
        for (auto [f, v] : set) {
          auto it = std::find_if(in2.facts.begin(), in2.facts.end(), [&](auto& g) { return g.fact == f; });
          if (it != in2.facts.end()) it->value = v;
          else in2.facts.push_back({f, v, {}});
        }
        Scratch fresh;
        load_incident(*p, in2, fresh);
        CoreDecision want2 = decide_loaded(*p, fresh, DecideScope::Outcome);
        ++probes;
        if (got.outcome != want2.outcome || got.actions[0] != want2.actions[0] ||
            got.level_lo != want2.level_lo || got.level_hi != want2.level_hi) {
          ++failures;
          out << "PROBE MISMATCH seed " << seed0 + round << " incident " << k << ": involve "
                    << int(got.actions[0]) << " want " << int(want2.actions[0]) << " level " << got.level_lo
                    << ".." << got.level_hi << " want " << want2.level_lo << ".." << want2.level_hi
                    << "\nbehaviors:";
          for (int b : in.behaviors) out << " bb" << b;
          out << "\nbase facts:";
          for (auto& g : in.facts) out << " " << m.facts[g.fact].name << "=" << g.value;
          out << "\nset:";
          for (auto [f, v] : set) out << " " << m.facts[f].name << "=" << v;
          out << "\n" << text << "\n";
          break;
        }
      }
    }
  }
  EXPECT_EQ(failures, 0) << out.str();
  EXPECT_GT(compared, 15000);
  EXPECT_GT(probes, 80000);
}

}  // namespace
}  // namespace guidepost
