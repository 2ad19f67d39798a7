// The explanation: built around the fast path's answer, never instead of it.
#include <algorithm>
#include <set>

#include "guidepost/explain.h"

namespace guidepost {

namespace {
void add_unique(std::vector<int>& v, int x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}
}  // namespace

void determining_clauses(const Plan& p, const Scratch& s, const CoreDecision& d,
                         std::vector<int>& out) {
  out.clear();
  auto run = [&](const PlanRule& r) {
    return rule_value(p, r, s, d.level_lo, d.level_hi);
  };
  const int involve = static_cast<int>(SroAction::Involve);
  switch (d.outcome) {
    case Outcome::Emergency:
      for (auto& r : p.emergencies)
        if (run(r) == Tri::True) add_unique(out, r.clause);
      break;
    case Outcome::Sro:
      for (auto& r : p.permits[involve])
        if (run(r) == Tri::True) add_unique(out, r.clause);
      break;
    case Outcome::Staff:
      for (auto& r : p.forbids[involve])
        if (run(r) == Tri::True) add_unique(out, r.clause);
      break;
    case Outcome::Depends:
      for (auto& r : p.emergencies)
        if (run(r) == Tri::Unknown) add_unique(out, r.clause);
      for (auto& r : p.permits[involve])
        if (run(r) != Tri::False) add_unique(out, r.clause);
      for (auto& r : p.forbids[involve])
        if (run(r) != Tri::False) add_unique(out, r.clause);
      break;
  }
}

static std::vector<int> determining(const Plan& p, const Scratch& s, const CoreDecision& d) {
  std::vector<int> out;
  determining_clauses(p, s, d, out);
  return out;
}

namespace {

int rank(Outcome o) {
  switch (o) {
    case Outcome::Staff: return 0;
    case Outcome::Sro: return 1;
    case Outcome::Emergency: return 2;
    case Outcome::Depends: return -1;
  }
  return -1;
}

Tri tri(bool b) { return b ? Tri::True : Tri::False; }

// The tree evaluator: slower than run_program, but it can say what each
// sub-condition came to.
class TreeEval {
 public:
  TreeEval(const Model& m, const Scratch& s, int64_t lo, int64_t hi)
      : m_(m), s_(s), lo_(lo), hi_(hi) {}

  Tri eval(const Cond& c, CondTrace* out) {
    Tri r = Tri::False;
    std::vector<CondTrace>* kids = out ? &out->kids : nullptr;
    switch (c.kind) {
      case Cond::Kind::True: r = Tri::True; break;
      case Cond::Kind::False: r = Tri::False; break;
      case Cond::Kind::And:
      case Cond::Kind::Or: {
        bool is_and = c.kind == Cond::Kind::And;
        r = is_and ? Tri::True : Tri::False;
        for (auto& k : c.kids) {
          CondTrace* kt = nullptr;
          if (kids) kt = &kids->emplace_back();
          Tri t = eval(k, kt);
          if (t == (is_and ? Tri::False : Tri::True)) r = t;
          else if (t == Tri::Unknown && r != (is_and ? Tri::False : Tri::True)) r = Tri::Unknown;
        }
        break;
      }
      case Cond::Kind::Not: {
        CondTrace* kt = kids ? &kids->emplace_back() : nullptr;
        Tri t = eval(c.kids[0], kt);
        r = t == Tri::Unknown ? t : tri(t == Tri::False);
        break;
      }
      case Cond::Kind::FactCmp:
      case Cond::Kind::FactIn: {
        if (!s_.known[c.index]) { r = Tri::Unknown; break; }
        int64_t v = s_.value[c.index];
        if (c.kind == Cond::Kind::FactIn) {
          bool in = std::find(c.set.begin(), c.set.end(), v) != c.set.end();
          r = tri(in != (c.value == 1));
        } else {
          r = tri(cmp(v, c.op, c.value));
        }
        break;
      }
      case Cond::Kind::LevelCmp:
        if (hi_ == 0) r = Tri::False;
        else if (lo_ == hi_) r = tri(cmp(lo_, c.op, c.value));
        else {
          bool a = cmp(lo_, c.op, c.value), b = cmp(hi_, c.op, c.value);
          r = a == b ? tri(a) : Tri::Unknown;
        }
        break;
      case Cond::Kind::HasBehavior: r = tri(s_.has_behavior[c.index]); break;
      case Cond::Kind::DefineRef: {
        CondTrace* kt = kids ? &kids->emplace_back() : nullptr;
        r = eval(m_.defines[c.index].cond, kt);
        break;
      }
    }
    if (out) {
      out->text = describe(m_, c);
      out->value = r;
    }
    return r;
  }

 private:
  static bool cmp(int64_t a, Cond::Op op, int64_t b) { return compare(a, op, b); }
  const Model& m_;
  const Scratch& s_;
  int64_t lo_, hi_;
};

std::string targets(const Model& m, const RuleDef& r) {
  std::string out;
  for (auto a : r.actions) out += (out.empty() ? "sro." : ", sro.") + std::string(sro_action_name(a));
  for (auto& d : r.duties) {
    if (!out.empty()) out += ", ";
    out += duty_kind_name(d.kind);
    if (d.role >= 0) out += "(" + m.roles[d.role].name + ")";
  }
  return out;
}

const char* effect_name(RuleDef::Effect e) {
  switch (e) {
    case RuleDef::Effect::Permit: return "permit";
    case RuleDef::Effect::Forbid: return "forbid";
    case RuleDef::Effect::Require: return "require";
  }
  return "";
}


struct Probe {
  Outcome outcome;
  std::vector<int> clauses;
};

// Tries fact changes on one incident without re-reading it: the incident's
// facts are loaded once, and each probe starts from a copy of them.
class Prober {
 public:
  // Working memory is kept per thread: explanations are made one after
  // another, and sizing it anew each time was a tenth of their cost.
  Prober() : s_(scratch_for_probes()) {}
  // Kept per thread and reset per incident, so that its buffers are reused.
  static Prober& for_thread() {
    thread_local Prober prober;
    return prober;
  }
  void reset(const Plan& p, const Incident& in) {
    p_ = &p;
    s_.ensure(p);
    load_facts(p, in, s_);
    value_ = s_.value;
    known_ = s_.known;
    source_ = s_.source;
    // The base decision, whose memos every probe starts from.
    apply_asked(p, s_);
    CoreDecision base = decide_loaded(p, s_, DecideScope::Outcome);
    reuse_.define_state = s_.define_state;
    reuse_.rule_state = s_.rule_state;
    reuse_.level_lo = base.level_lo;
    reuse_.level_hi = base.level_hi;
    after_value_ = s_.value;
    after_known_ = s_.known;
    after_source_ = s_.source;
  }
  CoreDecision run(std::initializer_list<std::pair<int, int64_t>> set) {
    // Whether a fact is asked depends only on what its `asked when` reads:
    // when no changed fact feeds one, the base's asked facts stand.
    bool asked_may_change = false;
    for (auto [f, v] : set) asked_may_change |= p_->feeds_asked[f] != 0;
    const auto& value = asked_may_change ? value_ : after_value_;
    const auto& known = asked_may_change ? known_ : after_known_;
    const auto& source = asked_may_change ? source_ : after_source_;
    std::copy(value.begin(), value.end(), s_.value.begin());
    std::copy(known.begin(), known.end(), s_.known.begin());
    std::copy(source.begin(), source.end(), s_.source.begin());
    for (auto [f, v] : set) {
      s_.value[f] = v;
      s_.known[f] = 1;
      s_.source[f] = FactSource::Given;
    }
    if (asked_may_change) apply_asked(*p_, s_);
    // Only what the changed facts feed is evaluated again.
    reuse_.changed.clear();
    for (size_t f = 0; f < s_.value.size(); ++f)
      if (s_.known[f] != after_known_[f] || (s_.known[f] && s_.value[f] != after_value_[f]))
        reuse_.changed.push_back(static_cast<int>(f));
    return decide_reusing(*p_, s_, reuse_);
  }
  std::vector<int> clauses(const CoreDecision& d) { return determining(*p_, s_, d); }
  Probe probe(std::initializer_list<std::pair<int, int64_t>> set) {
    CoreDecision d = run(set);
    return {d.outcome, clauses(d)};
  }

 private:
  static Scratch& scratch_for_probes() {
    thread_local Scratch s;
    return s;
  }
  const Plan* p_ = nullptr;
  Scratch& s_;
  std::vector<int64_t> value_, after_value_;
  std::vector<uint8_t> known_, after_known_;
  std::vector<FactSource> source_, after_source_;
  MemoReuse reuse_;
};

std::string range_text(const FactDef& f, int64_t a, int64_t b) {
  if (a == b) return f.format(a);
  return f.format(a) + ".." + f.format(b);
}

void branches(const Plan& p, const Incident& in, const Scratch& s, Decision& d) {
  const Model& m = *p.model;
  Prober& prober = Prober::for_thread();
  prober.reset(p, in);
  for (int f : p.relevant_facts) {
    if (s.known[f]) continue;
    const FactDef& fd = m.facts[f];
    std::vector<std::pair<int64_t, Probe>> results;
    for (int64_t v : p.facts[f].probe_values) results.push_back({v, prober.probe({{f, v}})});
    bool differ = false;
    for (auto& r : results) differ |= r.second.outcome != results.front().second.outcome;
    bool resolves = std::all_of(results.begin(), results.end(),
                                [](auto& r) { return r.second.outcome != Outcome::Depends; });
    if (!differ && !resolves) continue;
    if (!differ && results.front().second.outcome == Outcome::Depends) continue;
    // Int facts: merge neighbouring probe values with the same outcome
    // into ranges that cover the whole domain.
    for (size_t i = 0; i < results.size();) {
      size_t j = i;
      while (fd.kind == FactKind::Int && j + 1 < results.size() &&
             results[j + 1].second.outcome == results[i].second.outcome)
        ++j;
      int64_t from = results[i].first;
      int64_t to = j + 1 < results.size() && fd.kind == FactKind::Int ? results[j + 1].first - 1
                                                                       : results[j].first;
      if (fd.kind == FactKind::Int && i == 0) from = fd.lo;
      if (fd.kind == FactKind::Int && j + 1 == results.size()) to = fd.hi;
      d.branches.push_back({fd.name, range_text(fd, from, to), results[i].second.outcome,
                            results[i].second.clauses});
      i = j + 1;
    }
  }
}

void changes(const Plan& p, const Incident& in, const Scratch& s, Decision& d) {
  const Model& m = *p.model;
  Prober& prober = Prober::for_thread();
  prober.reset(p, in);
  int here = rank(d.outcome);
  if (here < 0) return;
  std::vector<std::pair<int, int64_t>> options;
  for (int f : p.relevant_facts)
    for (int64_t v : p.facts[f].probe_values)
      // A value every condition treats like the current one changes nothing.
      if (!s.known[f] || p.facts[f].rep_of(s.value[f]) != v) options.push_back({f, v});
  bool found[2] = {false, false};
  std::vector<uint8_t> fact_done(m.facts.size() * 2, 0);  // one change per fact and direction
  for (auto& o : options) {
    CoreDecision r = prober.run({o});
    int there = rank(r.outcome);
    if (there < 0 || there == here) continue;
    bool up = there > here;
    uint8_t& done = fact_done[static_cast<size_t>(o.first) * 2 + up];
    if (done) continue;
    done = 1;
    found[up] = true;
    d.changes.push_back({up, {{m.facts[o.first].name, m.facts[o.first].format(o.second)}},
                         r.outcome, prober.clauses(r)});
  }
  // No single change moves it: look for the smallest pair, within bounds.
  for (int dir = 0; dir < 2; ++dir) {
    if (found[dir]) continue;
    if ((dir == 1 && here == 2) || (dir == 0 && here == 0)) continue;
    int budget = 2000;
    for (size_t i = 0; i < options.size() && budget > 0 && !found[dir]; ++i)
      for (size_t j = i + 1; j < options.size() && budget > 0; ++j) {
        if (options[i].first == options[j].first) continue;
        --budget;
        Probe r = prober.probe({options[i], options[j]});
        int there = rank(r.outcome);
        if (there < 0 || (dir == 1 ? there <= here : there >= here)) continue;
        found[dir] = true;
        d.changes.push_back(
            {dir == 1,
             {{m.facts[options[i].first].name, m.facts[options[i].first].format(options[i].second)},
              {m.facts[options[j].first].name, m.facts[options[j].first].format(options[j].second)}},
             r.outcome,
             r.clauses});
        break;
      }
  }
  std::stable_sort(d.changes.begin(), d.changes.end(),
                   [](auto& a, auto& b) { return a.up > b.up; });
}

// A rule's parts: each `when` (its conjuncts), and each `unless`.
struct Part {
  const Cond* cond;
  bool unless;
};

std::vector<Part> parts(const RuleDef& r) {
  std::vector<Part> out;
  for (auto& c : r.conditions) {
    if (!c.unless && c.cond.kind == Cond::Kind::And)
      for (auto& k : c.cond.kids) out.push_back({&k, false});
    else
      out.push_back({&c.cond, c.unless});
  }
  return out;
}

void rule_reports(const Plan& p, const Scratch& s, const CoreDecision& core, Decision& d) {
  const Model& m = *p.model;
  TreeEval ev(m, s, core.level_lo, core.level_hi);
  for (size_t ci = 0; ci < p.clauses.size(); ++ci) {
    const ClauseDef& cl = *p.clauses[ci];
    for (auto& r : cl.rules) {
      RuleReport rr;
      rr.clause = static_cast<int>(ci);
      rr.effect = effect_name(r.effect);
      rr.targets = targets(m, r);
      int failing = 0;
      bool unknown = false;
      std::string failed;
      for (auto& part : parts(r)) {
        Tri t = ev.eval(*part.cond, nullptr);
        bool fails = part.unless ? t == Tri::True : t == Tri::False;
        if (fails) {
          ++failing;
          failed = part.unless ? "unless " + describe(m, *part.cond) + ": it holds"
                               : describe(m, *part.cond) + ": it does not hold";
        }
        unknown |= t == Tri::Unknown;
      }
      rr.applies = failing ? Tri::False : unknown ? Tri::Unknown : Tri::True;
      if (d.depth == ExplainDepth::Fails) {
        if (failing != 1) continue;  // near misses only: one part short
        rr.failed = failed;
      } else {
        if (failing == 1) rr.failed = failed;
        CondTrace t;
        t.text = "all of";
        Tri all = Tri::True;
        for (auto& c : r.conditions) {
          CondTrace& k = t.kids.emplace_back();
          Tri v = ev.eval(c.cond, &k);
          if (c.unless) {
            k.text = "unless " + k.text;
            v = v == Tri::Unknown ? v : tri(v == Tri::False);
            k.value = v;
          }
          if (v == Tri::False) all = Tri::False;
          else if (v == Tri::Unknown && all == Tri::True) all = Tri::Unknown;
        }
        t.value = all;
        rr.trace = std::move(t);
      }
      d.rules.push_back(std::move(rr));
    }
  }
}

}  // namespace

// Clauses that decide a core decision, given the scratch it was made from.
Decision decide(const Plan& p, const Incident& in, ExplainDepth depth) {
  const Model& m = *p.model;
  thread_local Scratch scratch;
  Scratch& s = scratch;
  s.ensure(p);
  CoreDecision core = decide_core(p, in, s);
  Decision d;
  d.id = in.id;
  d.depth = depth;
  d.described = in.described;
  d.set_aside = in.set_aside;
  d.nothing_recognised = in.described && in.behaviors.empty();
  d.outcome = core.outcome;
  d.has_level = core.has_level;
  d.level = core.level_lo;
  d.level_max = core.level_hi;
  d.actions = core.actions;

  std::set<int> seen;
  TreeEval ev(m, s, core.level_lo, core.level_hi);
  for (int b : in.behaviors) {
    if (!seen.insert(b).second) continue;
    BehaviorReport br;
    br.behavior = b;
    br.id = m.behaviors[b].name;
    br.label = m.behaviors[b].label;
    br.given = !in.described;
    for (auto& be : in.behavior_evidence)
      if (be.behavior == b) {
        br.evidence = be.evidence;
        br.disputed = be.disputed;
        br.given = be.given;
      }
    if (in.described && br.evidence.empty()) br.given = true;
    for (auto& l : m.behaviors[b].levels) {
      Tri t = l.when ? ev.eval(*l.when, nullptr) : Tri::True;
      if (t == Tri::True && l.level > br.level) {
        br.level = l.level;
        br.raised_by = l.when ? describe(m, *l.when) : "";
      }
    }
    d.behaviors.push_back(std::move(br));
  }
  for (size_t f = 0; f < m.facts.size(); ++f) {
    FactReport fr;
    fr.fact = static_cast<int>(f);
    fr.name = m.facts[f].name;
    fr.source = s.source[f];
    if (s.known[f]) fr.value = m.facts[f].format(s.value[f]);
    if (fr.source == FactSource::Implied)
      for (int b : in.behaviors)
        for (auto& fv : m.behaviors[b].implies)
          if (fv.fact == static_cast<int>(f)) fr.implied_by = m.behaviors[b].name;
    for (auto& g : in.facts)
      if (g.fact == static_cast<int>(f)) fr.evidence = g.evidence;
    d.facts.push_back(std::move(fr));
  }
  for (int a = 0; a < kSroActionCount; ++a) {
    Tri want = core.actions[a] == ActionState::Unknown ? Tri::Unknown : Tri::True;
    auto& rules = core.actions[a] == ActionState::Permitted ? p.permits[a] : p.forbids[a];
    for (auto& r : rules)
      if (rule_value(p, r, s, core.level_lo, core.level_hi) == want)
        add_unique(d.action_clauses[a], r.clause);
    if (core.actions[a] == ActionState::Unknown)
      for (auto& r : p.permits[a])
        if (rule_value(p, r, s, core.level_lo, core.level_hi) != Tri::False)
          add_unique(d.action_clauses[a], r.clause);
  }
  for (size_t k = 0; k < p.emergencies.size(); ++k)
    if (s.emergency_state[k] != Tri::False)
      d.required.push_back({"emergency", p.emergencies[k].clause,
                            s.emergency_state[k] == Tri::True});
  for (size_t k = 0; k < p.duties.size(); ++k) {
    if (s.duty_state[k] == Tri::False) continue;
    const Duty& du = p.duties[k].duty;
    std::string name = std::string(duty_kind_name(du.kind)) + "(" + m.roles[du.role].name + ")";
    bool dup = std::any_of(d.required.begin(), d.required.end(), [&](auto& r) {
      return r.action == name && r.clause == p.duties[k].rule.clause;
    });
    if (!dup) d.required.push_back({name, p.duties[k].rule.clause, s.duty_state[k] == Tri::True});
  }
  if (const LevelDef* l = core.has_level ? m.level(core.level_hi) : nullptr) {
    if (l->min_response >= 0) d.response_min = m.responses[l->min_response].name;
    if (l->max_response >= 0) d.response_max = m.responses[l->max_response].name;
  }
  if (rank(d.outcome) >= 0)
    for (int r : p.escalation_paths[rank(d.outcome)]) d.escalation.push_back(m.roles[r].name);
  d.determining = determining(p, s, core);
  if (d.outcome == Outcome::Depends) branches(p, in, s, d);
  else changes(p, in, s, d);
  if (depth != ExplainDepth::Summary) rule_reports(p, s, core, d);
  return d;
}

}  // namespace guidepost
