// The fast path: a flat loop over postfix instructions in Kleene logic.
#include <algorithm>
#include <cstring>

#include "guidepost/decide.h"

namespace guidepost {

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::Staff: return "staff";
    case Outcome::Sro: return "sro";
    case Outcome::Emergency: return "emergency";
    case Outcome::Depends: return "depends";
  }
  return "staff";
}

const char* fact_source_name(FactSource s) {
  switch (s) {
    case FactSource::Unknown: return "unknown";
    case FactSource::Default: return "default";
    case FactSource::Implied: return "implied";
    case FactSource::Given: return "given";
    case FactSource::Asked: return "asked";
    case FactSource::Described: return "described";
  }
  return "unknown";
}

void Scratch::size_for(const Plan& p) {
  size_t nf = p.facts.size();
  value.assign(nf, 0);
  known.assign(nf, 0);
  source.assign(nf, FactSource::Unknown);
  has_behavior.assign(p.behaviors.size(), 0);
  // Each define evaluated inside another program gets its own stack region.
  stack.assign((static_cast<size_t>(p.max_stack) + 4) * (p.defines.size() + 1), Tri::False);
  define_state.assign(p.defines.size(), kUnset);
  rule_state.assign(static_cast<size_t>(p.rule_slots), kUnset);
  present.clear();
  present.reserve(p.behaviors.size());
  duty_state.assign(p.duties.size(), Tri::False);
  emergency_state.assign(p.emergencies.size(), Tri::False);
}

namespace {

inline Tri tri(bool b) { return b ? Tri::True : Tri::False; }

// `level op v` when the level is only known to lie in [lo, hi].
inline Tri level_compare(int64_t lo, int64_t hi, Cond::Op op, int64_t v) {
  if (lo == hi) return tri(compare(lo, op, v));
  if (op == Cond::Op::Eq || op == Cond::Op::Ne) {
    if (v < lo || v > hi) return tri(op == Cond::Op::Ne);
    return Tri::Unknown;
  }
  bool a = compare(lo, op, v), b = compare(hi, op, v);
  return a == b ? tri(a) : Tri::Unknown;
}

}  // namespace

namespace {

Tri run_at(const Plan& p, const Program& prog, const Scratch& s, int64_t level_lo,
           int64_t level_hi, Tri* st);

// One test's value, before negation. `st` is free stack for a define.
[[gnu::always_inline]] inline Tri test_value(const Plan& p, const Instr& i, const Scratch& s, int64_t level_lo,
                      int64_t level_hi, Tri* st) {
  switch (i.op) {
    case Instr::Op::True: return Tri::True;
    case Instr::Op::False: return Tri::False;
#define GUIDEPOST_FACT_OP(OP, EXPR)                                  \
    case Instr::Op::OP: {                                           \
      int64_t v = s.value[i.a];                                     \
      return s.known[i.a] ? tri(EXPR) : Tri::Unknown;               \
    }
    GUIDEPOST_FACT_OP(FactEq, v == i.value)
    GUIDEPOST_FACT_OP(FactNe, v != i.value)
    GUIDEPOST_FACT_OP(FactLt, v < i.value)
    GUIDEPOST_FACT_OP(FactLe, v <= i.value)
    GUIDEPOST_FACT_OP(FactGt, v > i.value)
    GUIDEPOST_FACT_OP(FactGe, v >= i.value)
#undef GUIDEPOST_FACT_OP
    case Instr::Op::FactIn: {
      if (!s.known[i.a]) return Tri::Unknown;
      const int64_t* b = p.sets.data() + i.b;
      bool in = std::find(b, b + i.n, s.value[i.a]) != b + i.n;
      return tri(in != (i.value == 1));
    }
    case Instr::Op::LevelCmp:
      return level_hi == 0 ? Tri::False : level_compare(level_lo, level_hi, i.cmp, i.value);
    case Instr::Op::Behavior: return tri(s.has_behavior[i.a]);
    case Instr::Op::BehaviorAny: {
      if (i.a) return tri(s.behavior_bits & static_cast<uint64_t>(i.value));
      const int64_t* b = p.sets.data() + i.b;
      for (int k = 0; k < i.n; ++k)
        if (s.has_behavior[b[k]]) return Tri::True;
      return Tri::False;
    }
    case Instr::Op::Define: {
      uint8_t& memo = s.define_state[i.a];
      if (memo == Scratch::kUnset)
        memo = static_cast<uint8_t>(run_at(p, p.defines[i.a], s, level_lo, level_hi, st));
      return static_cast<Tri>(memo);
    }
    default: return Tri::Unknown;  // not a test
  }
}

// Folds `t` into a group's accumulator (never yet `settle`): whether the
// group is now settled.
inline bool fold_into(Tri& acc, Tri t, Tri settle) {
  if (t == settle) {
    acc = t;
    return true;
  }
  if (t == Tri::Unknown) acc = Tri::Unknown;
  return false;
}

inline Tri negated_if(Tri t, bool negate) {
  // False and True are 0 and 1: negating a known value flips its low bit.
  return static_cast<Tri>(static_cast<uint8_t>(t) ^ static_cast<uint8_t>(negate && t != Tri::Unknown));
}

Tri run_at(const Plan& p, const Program& prog, const Scratch& s, int64_t level_lo,
           int64_t level_hi, Tri* st) {
  // Level 0 means "no behavior, no level": every comparison with it is false.
  int top = 0;
  const Instr* const code = p.code.data();
  for (uint32_t pc = prog.begin, end = prog.end; pc < end; ++pc) {
    const Instr& i = code[pc];
    switch (i.op) {
      case Instr::Op::Check:
        if (st[top - 1] == i.settle) pc = i.jump - 1;
        continue;
      case Instr::Op::Step: {
        Tri r = st[--top];
        if (fold_into(st[top - 1], r, i.settle)) pc = i.jump - 1;
        continue;
      }
      case Instr::Op::Not: {
        Tri& x = st[top - 1];
        if (x != Tri::Unknown) x = x == Tri::True ? Tri::False : Tri::True;
        continue;
      }
      default: break;
    }
    Tri t = negated_if(test_value(p, i, s, level_lo, level_hi, st + top), i.negate);
    switch (i.join) {
      case Instr::Join::Push: st[top++] = t; break;
      case Instr::Join::First:
        st[top++] = t;
        if (t == i.settle) pc = i.jump - 1;
        break;
      case Instr::Join::Fold:
        if (fold_into(st[top - 1], t, i.settle)) pc = i.jump - 1;
        break;
    }
  }
  return top ? st[top - 1] : Tri::True;
}

}  // namespace

namespace {

// A rule not yet evaluated for this incident.
[[gnu::noinline]] Tri evaluate_rule(const Plan& p, const PlanRule& r, const Scratch& s,
                                    int64_t level_lo, int64_t level_hi) {
  uint8_t& memo = s.rule_state[r.slot];
  if (r.guard >= 0 && !s.has_behavior[r.guard]) {
    memo = static_cast<uint8_t>(Tri::False);
    return Tri::False;
  }
  // Most rules are one test ("weapon == firearm", a define): no loop.
  const Instr& i = p.code[r.program.begin];
  Tri t = r.program.end - r.program.begin == 1
              ? negated_if(test_value(p, i, s, level_lo, level_hi, s.stack.data()), i.negate)
              : run_at(p, r.program, s, level_lo, level_hi, s.stack.data());
  memo = static_cast<uint8_t>(t);
  return t;
}

// Rules are shared between actions and duties: most lookups find the value
// already there, without a call.
inline Tri rule_memo(const Plan& p, const PlanRule& r, const Scratch& s, int64_t level_lo,
                     int64_t level_hi) {
  uint8_t memo = s.rule_state[r.slot];
  return memo != Scratch::kUnset ? static_cast<Tri>(memo) : evaluate_rule(p, r, s, level_lo, level_hi);
}

}  // namespace

Tri rule_value(const Plan& p, const PlanRule& r, const Scratch& s, int64_t level_lo,
               int64_t level_hi) {
  return rule_memo(p, r, s, level_lo, level_hi);
}

Tri run_program(const Plan& p, const Program& prog, const Scratch& s, int64_t level_lo,
                int64_t level_hi) {
  return run_at(p, prog, s, level_lo, level_hi, s.stack.data());
}

// Asked facts: unknown unless given, wherever their condition may hold.
void apply_asked(const Plan& p, Scratch& s) {
  if (p.asked_facts.empty()) return;
  std::fill(s.define_state.begin(), s.define_state.end(), Scratch::kUnset);
  for (int f : p.asked_facts) {
    if (s.source[f] == FactSource::Given || s.source[f] == FactSource::Described) continue;
    if (run_program(p, p.facts[f].asked_when, s, 0, 0) != Tri::False) {
      s.known[f] = 0;
      s.source[f] = FactSource::Asked;
    }
  }
}

void load_facts(const Plan& p, const Incident& in, Scratch& s) {
  if (s.value.size() != p.facts.size()) s.size_for(p);
  static_assert(static_cast<int>(FactSource::Default) == 1 && sizeof(FactSource) == 1);
  std::copy(p.default_values.begin(), p.default_values.end(), s.value.begin());
  std::copy(p.default_known.begin(), p.default_known.end(), s.known.begin());
  if (!p.default_sources.empty())  // a policy with no facts: no buffers at all
    std::memcpy(s.source.data(), p.default_sources.data(), p.default_sources.size());
  for (int b : s.present) s.has_behavior[b] = 0;
  s.present.clear();
  s.behavior_bits = 0;
  for (int b : in.behaviors) {
    if (!s.has_behavior[b]) s.present.push_back(b);
    s.has_behavior[b] = 1;
    if (b < 64) s.behavior_bits |= uint64_t{1} << b;
    for (auto& fv : p.behaviors[b].implies) {
      s.value[fv.fact] = fv.value;
      s.known[fv.fact] = 1;
      s.source[fv.fact] = FactSource::Implied;
    }
  }
  for (auto& g : in.facts) {
    s.value[g.fact] = g.value;
    s.known[g.fact] = 1;
    s.source[g.fact] = g.source;
  }
}

void load_incident(const Plan& p, const Incident& in, Scratch& s) {
  load_facts(p, in, s);
  apply_asked(p, s);
}

CoreDecision decide_loaded(const Plan& p, Scratch& s) { return decide_loaded(p, s, DecideScope::All); }

namespace {

CoreDecision decide_memo(const Plan& p, Scratch& s, DecideScope scope, const MemoReuse* reuse);

}  // namespace

CoreDecision decide_loaded(const Plan& p, Scratch& s, DecideScope scope) {
  // Facts may have changed since defines were last evaluated (asked facts).
  std::fill(s.define_state.begin(), s.define_state.end(), Scratch::kUnset);
  std::fill(s.rule_state.begin(), s.rule_state.end(), Scratch::kUnset);
  return decide_memo(p, s, scope, nullptr);
}

CoreDecision decide_reusing(const Plan& p, Scratch& s, const MemoReuse& reuse) {
  std::copy(reuse.define_state.begin(), reuse.define_state.end(), s.define_state.begin());
  std::copy(reuse.rule_state.begin(), reuse.rule_state.end(), s.rule_state.begin());
  for (int f : reuse.changed) {
    for (int d : p.fact_defines[f]) s.define_state[d] = Scratch::kUnset;
    for (int r : p.fact_rules[f]) s.rule_state[r] = Scratch::kUnset;
  }
  return decide_memo(p, s, DecideScope::Outcome, &reuse);
}

namespace {

CoreDecision decide_memo(const Plan& p, Scratch& s, DecideScope scope, const MemoReuse* reuse) {
  CoreDecision d;
  int64_t lo = 0, hi = 0;
  for (int b : s.present) {
    for (auto& l : p.behaviors[b].levels) {
      Tri t = l.conditional ? run_program(p, l.when, s, 0, 0) : Tri::True;
      if (t == Tri::True) lo = std::max(lo, l.level);
      if (t != Tri::False) hi = std::max(hi, l.level);
    }
  }
  // lo: the level for certain; hi: the highest it may be once unknown facts
  // are known. Equal unless a conditional level turns on an unknown fact.
  d.has_level = hi > 0;
  d.level_lo = lo ? lo : hi;
  d.level_hi = hi;
  int64_t llo = d.level_lo, lhi = d.level_hi;
  if (reuse && (llo != reuse->level_lo || lhi != reuse->level_hi)) {
    for (int x : p.level_defines) s.define_state[x] = Scratch::kUnset;
    for (int x : p.level_rules) s.rule_state[x] = Scratch::kUnset;
  }

  const bool all = scope == DecideScope::All;
  for (int a = 0; a < (all ? kSroActionCount : 1); ++a) {
    // Permits first: with none that may apply, the forbids cannot matter.
    bool permit_t = false, permit_u = false;
    for (auto& r : p.permits[a]) {
      Tri t = rule_memo(p, r, s, llo, lhi);
      if (t == Tri::True) permit_t = true;
      else if (t == Tri::Unknown) permit_u = true;
    }
    ActionState st = ActionState::Forbidden;
    if (permit_t || permit_u) {
      bool forbid_t = false, forbid_u = false;
      for (auto& r : p.forbids[a]) {
        Tri t = rule_memo(p, r, s, llo, lhi);
        if (t == Tri::True) { forbid_t = true; break; }
        if (t == Tri::Unknown) forbid_u = true;
      }
      if (!forbid_t && permit_t && !forbid_u) st = ActionState::Permitted;
      else if (!forbid_t) st = ActionState::Unknown;
    }
    d.actions[a] = st;
  }
  Tri emergency = Tri::False;
  for (size_t k = 0; k < p.emergencies.size(); ++k) {
    Tri t = rule_memo(p, p.emergencies[k], s, llo, lhi);
    s.emergency_state[k] = t;
    if (t == Tri::True) emergency = Tri::True;
    else if (t == Tri::Unknown && emergency != Tri::True) emergency = Tri::Unknown;
  }
  for (size_t k = 0; all && k < p.duties.size(); ++k)
    s.duty_state[k] = rule_memo(p, p.duties[k].rule, s, llo, lhi);

  ActionState involve = d.actions[static_cast<int>(SroAction::Involve)];
  if (emergency == Tri::True) d.outcome = Outcome::Emergency;
  else if (emergency == Tri::Unknown) d.outcome = Outcome::Depends;
  else if (involve == ActionState::Permitted) d.outcome = Outcome::Sro;
  else if (involve == ActionState::Unknown) d.outcome = Outcome::Depends;
  else d.outcome = Outcome::Staff;
  return d;
}

}  // namespace

}  // namespace guidepost
