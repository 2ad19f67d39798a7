// Model -> Plan. Conditions become postfix programs with defines inlined;
// rules are filed under the action or duty they decide.
#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <set>

#include "guidepost/plan.h"
#include "guidepost/reader.h"
#include "plan/escalation_paths.h"

namespace guidepost {
namespace {

bool is_fact_op(Instr::Op op) {
  return (op >= Instr::Op::FactEq && op <= Instr::Op::FactGe) || op == Instr::Op::FactIn;
}

class Compiler {
 public:
  explicit Compiler(Plan& p) : p_(p) {}

  Program compile(const Cond& c) {
    Program prog;
    prog.begin = static_cast<uint32_t>(p_.code.size());
    depth_ = 0;
    int max_depth = 0;
    emit(c, max_depth, prog.reads_level);
    prog.end = static_cast<uint32_t>(p_.code.size());
    p_.max_stack = std::max(p_.max_stack, max_depth + 1);
    return prog;
  }

  // A rule's conditions as one program: every `when` and not any `unless`.
  Program compile_rule(const RuleDef& r) {
    Cond all(Cond::Kind::And);
    for (auto& c : r.conditions) {
      if (c.unless) {
        Cond n(Cond::Kind::Not);
        n.kids.push_back(c.cond);
        all.kids.push_back(std::move(n));
      } else {
        all.kids.push_back(c.cond);
      }
    }
    if (all.kids.empty()) return compile(Cond(Cond::Kind::True));
    return compile(all);
  }

 private:
  void push(Instr i, int& max_depth) {
    p_.code.push_back(i);
    max_depth = std::max(max_depth, depth_);
  }
  // Emits `c`, leaving its value on the stack.
  void emit(const Cond& c, int& max_depth, bool& reads_level) {
    emit_part(c, Instr::Join::Push, Tri::False, max_depth, reads_level, nullptr);
  }

  // Emits `c` as one part of a group (or alone, with Join::Push). A test
  // joins by itself; anything else is followed by a Check or a Step. The
  // positions of instructions that jump to the group's end go to `jumps`.
  void emit_part(const Cond& c, Instr::Join join, Tri settle, int& max_depth, bool& reads_level,
                 std::vector<size_t>* jumps) {
    Instr i;
    if (as_test(c, i, reads_level)) {
      i.join = join;
      i.settle = settle;
      if (join != Instr::Join::Fold) ++depth_;
      if (jumps && join != Instr::Join::Push) jumps->push_back(p_.code.size());
      push(i, max_depth);
      return;
    }
    emit_compound(c, max_depth, reads_level);
    if (join == Instr::Join::Push) return;
    Instr j;
    j.op = join == Instr::Join::First ? Instr::Op::Check : Instr::Op::Step;
    j.settle = settle;
    if (join == Instr::Join::Fold) --depth_;
    jumps->push_back(p_.code.size());
    push(j, max_depth);
  }

  // A small named condition is compiled in place: evaluating its few tests
  // again costs less than a call and a memo. Larger ones stay shared.
  static constexpr int kInlineTests = 4;
  int define_tests(int d) {
    // Memoised: defines that name each other twice over would otherwise
    // be counted an exponential number of times.
    if (define_tests_.empty()) define_tests_.assign(p_.model->defines.size(), -1);
    int& n = define_tests_[static_cast<size_t>(d)];
    if (n < 0) n = tests(p_.model->defines[static_cast<size_t>(d)].cond);
    return n;
  }
  int tests(const Cond& c) {
    if (c.kind == Cond::Kind::DefineRef) {
      int n = define_tests(c.index);
      return n <= kInlineTests ? n : 1;
    }
    if (c.kids.empty()) return 1;
    int n = 0;
    for (auto& k : c.kids) n += tests(k);
    return n;
  }
  const Cond& resolve(const Cond& c) {
    if (c.kind != Cond::Kind::DefineRef || define_tests(c.index) > kInlineTests) return c;
    return resolve(p_.model->defines[static_cast<size_t>(c.index)].cond);
  }

  // A condition that is one test, possibly negated: one instruction.
  bool as_test(const Cond& cond, Instr& i, bool& reads_level) {
    const Cond& c = resolve(cond);
    switch (c.kind) {
      case Cond::Kind::True: i.op = Instr::Op::True; return true;
      case Cond::Kind::False: i.op = Instr::Op::False; return true;
      case Cond::Kind::FactCmp:
        i.op = static_cast<Instr::Op>(static_cast<int>(Instr::Op::FactEq) + static_cast<int>(c.op));
        i.a = c.index;
        i.cmp = c.op;
        i.value = c.value;
        note_fact(c.index);
        return true;
      case Cond::Kind::FactIn:
        i.op = Instr::Op::FactIn;
        i.a = c.index;
        i.b = static_cast<int32_t>(p_.sets.size());
        i.n = static_cast<uint16_t>(c.set.size());
        i.value = c.value;
        p_.sets.insert(p_.sets.end(), c.set.begin(), c.set.end());
        note_fact(c.index);
        return true;
      case Cond::Kind::LevelCmp:
        i.op = Instr::Op::LevelCmp;
        i.cmp = c.op;
        i.value = c.value;
        reads_level = true;
        return true;
      case Cond::Kind::HasBehavior:
        i.op = Instr::Op::Behavior;
        i.a = c.index;
        return true;
      case Cond::Kind::DefineRef:
        // Named conditions are shared by many clauses: evaluated once per
        // incident, on first use, and remembered.
        i.op = Instr::Op::Define;
        i.a = c.index;
        reads_level |= p_.defines[c.index].reads_level;
        return true;
      case Cond::Kind::Not:
        if (!as_test(c.kids[0], i, reads_level)) return false;
        i.negate = !i.negate;
        return true;
      case Cond::Kind::Or:
        if (c.kids.size() == 1) return as_test(c.kids[0], i, reads_level);
        if (!c.kids.empty() && std::all_of(c.kids.begin(), c.kids.end(), [](const Cond& k) {
              return k.kind == Cond::Kind::HasBehavior;
            })) {
          // "fighting or assault or robbery": one instruction.
          i.op = Instr::Op::BehaviorAny;
          i.b = static_cast<int32_t>(p_.sets.size());
          i.n = static_cast<uint16_t>(c.kids.size());
          for (auto& k : c.kids) p_.sets.push_back(k.index);
          i.a = std::all_of(c.kids.begin(), c.kids.end(), [](const Cond& k) { return k.index < 64; });
          for (auto& k : c.kids)
            if (i.a) i.value |= int64_t{1} << k.index;
          return true;
        }
        return false;
      case Cond::Kind::And:
        return c.kids.size() == 1 && as_test(c.kids[0], i, reads_level);
    }
    return false;
  }

  // A negation, conjunction or disjunction that is more than one test.
  void emit_compound(const Cond& cond, int& max_depth, bool& reads_level) {
    const Cond& c = resolve(cond);
    if (c.kind == Cond::Kind::Not) {
      const Cond& k = resolve(c.kids[0]);
      if (k.kind == Cond::Kind::Not) return emit(k.kids[0], max_depth, reads_level);
      if (k.kind == Cond::Kind::And || k.kind == Cond::Kind::Or) {
        // De Morgan holds in Kleene logic: "not (a or b)" is "not a and not
        // b", two negated tests instead of a group, a Not and a Step.
        Cond dual(k.kind == Cond::Kind::And ? Cond::Kind::Or : Cond::Kind::And);
        for (auto& g : k.kids) {
          Cond n(Cond::Kind::Not);
          n.kids.push_back(g);
          dual.kids.push_back(std::move(n));
        }
        return emit(dual, max_depth, reads_level);
      }
      emit(k, max_depth, reads_level);
      Instr i;
      i.op = Instr::Op::Not;
      push(i, max_depth);
      return;
    }
    if (c.kids.size() == 1) return emit(c.kids[0], max_depth, reads_level);
    // `a and (b and c)` is `a and b and c`: one group, one accumulator.
    std::vector<const Cond*> kids;
    std::function<void(const Cond&)> flatten = [&](const Cond& part) {
      const Cond& k = resolve(part);
      if (k.kind == c.kind) {
        for (auto& g : k.kids) flatten(g);
      } else {
        kids.push_back(&k);
      }
    };
    for (auto& k : c.kids) flatten(k);
    bool is_and = c.kind == Cond::Kind::And;
    if (!is_and) {
      // Behaviors named in a disjunction become one set test, tried first
      // (a disjunction's order does not change its value).
      Cond any(Cond::Kind::Or);
      std::vector<const Cond*> rest;
      for (auto* k : kids) {
        if (k->kind == Cond::Kind::HasBehavior) any.kids.push_back(*k);
        else rest.push_back(k);
      }
      if (any.kids.size() >= 2) {
        Cond regrouped(Cond::Kind::Or);
        regrouped.kids.push_back(std::move(any));
        for (auto* k : rest) regrouped.kids.push_back(*k);
        return emit_group(regrouped.kids, false, max_depth, reads_level);
      }
    }
    std::vector<Cond> copies;
    copies.reserve(kids.size());
    for (auto* k : kids) copies.push_back(*k);
    emit_group(copies, is_and, max_depth, reads_level);
  }

  // Short-circuit: the first part is the accumulator; each part after it
  // folds in, and once the result is settled (a false conjunct, a true
  // disjunct) the rest is jumped over.
  void emit_group(const std::vector<Cond>& kids, bool is_and, int& max_depth, bool& reads_level) {
    Tri settle = is_and ? Tri::False : Tri::True;
    std::vector<size_t> jumps;
    for (size_t k = 0; k < kids.size(); ++k)
      emit_part(kids[k], k == 0 ? Instr::Join::First : Instr::Join::Fold, settle, max_depth, reads_level,
                &jumps);
    for (size_t at : jumps) p_.code[at].jump = static_cast<uint32_t>(p_.code.size());
  }

  void note_fact(int f) { facts_read_.insert(f); }

  Plan& p_;
  int depth_ = 0;
  std::vector<int> define_tests_;

 public:
  std::set<int> facts_read_;
};

// Values worth trying for a fact: one per class of values that every
// condition treats alike (for an int, per run of such values), so that
// what-if and branch searches try each distinct case once.
std::vector<int64_t> probe_values(const FactDef& f, const std::vector<Instr>& code,
                                  const std::vector<int64_t>& sets, int index,
                                  std::vector<int64_t>& class_rep) {
  std::set<int64_t> cand;
  if (f.kind != FactKind::Int) {
    for (int64_t x = f.lo; x <= f.hi; ++x) cand.insert(x);
  } else {
    cand.insert(f.lo);
    cand.insert(f.hi);
    for (auto& i : code) {
      if (!is_fact_op(i.op) || i.a != index) continue;
      if (i.op == Instr::Op::FactIn)
        for (int k = 0; k < i.n; ++k)
          for (int64_t d : {-1, 0, 1}) cand.insert(sets[i.b + k] + d);
      else
        for (int64_t d : {-1, 0, 1}) cand.insert(i.value + d);
    }
  }
  auto signature = [&](int64_t v) {
    std::vector<bool> sig;
    for (auto& i : code) {
      if (!is_fact_op(i.op) || i.a != index) continue;
      if (i.op == Instr::Op::FactIn) {
        const int64_t* b = sets.data() + i.b;
        sig.push_back(std::find(b, b + i.n, v) != b + i.n);
      } else {
        sig.push_back(compare(v, i.cmp, i.value));
      }
    }
    return sig;
  };
  std::vector<int64_t> out;
  std::vector<std::vector<bool>> seen;
  std::vector<bool> last;
  for (int64_t x : cand) {
    if (x < f.lo || x > f.hi) continue;
    auto sig = signature(x);
    bool keep = f.kind == FactKind::Int ? (out.empty() || sig != last)
                                        : std::find(seen.begin(), seen.end(), sig) == seen.end();
    if (keep) {
      out.push_back(x);
      seen.push_back(sig);
    }
    if (f.kind != FactKind::Int)
      class_rep.push_back(out[std::find(seen.begin(), seen.end(), sig) - seen.begin()]);
    last = sig;
  }
  return out;
}

// A program's instructions as bytes, with jumps made relative and sets
// spelled out: equal keys, equal programs wherever they sit.
std::string program_key(const Plan& p, const Program& prog) {
  std::string key;
  auto put = [&](int64_t v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  for (uint32_t pc = prog.begin; pc < prog.end; ++pc) {
    const Instr& i = p.code[pc];
    put(static_cast<int64_t>(i.op) | static_cast<int64_t>(i.join) << 8 |
        static_cast<int64_t>(i.settle) << 16 | static_cast<int64_t>(i.negate) << 24 |
        static_cast<int64_t>(i.cmp) << 32);
    put(i.a);
    put(i.value);
    put(i.join == Instr::Join::Push && i.op != Instr::Op::Check && i.op != Instr::Op::Step
            ? -1
            : static_cast<int64_t>(i.jump) - prog.begin);
    bool set = i.op == Instr::Op::FactIn || i.op == Instr::Op::BehaviorAny;
    put(set ? i.n : i.b);
    if (set)
      for (int k = 0; k < i.n; ++k) put(p.sets[static_cast<size_t>(i.b + k)]);
  }
  return key;
}

// Facts a program reads, following named conditions; and whether it reads
// the level.
void reads(const Plan& p, const Program& prog, std::set<int>& facts, bool& level,
           std::set<int>& seen) {
  for (uint32_t pc = prog.begin; pc < prog.end; ++pc) {
    const Instr& i = p.code[pc];
    if (is_fact_op(i.op)) facts.insert(i.a);
    if (i.op == Instr::Op::LevelCmp) level = true;
    if (i.op == Instr::Op::Define && seen.insert(i.a).second)
      reads(p, p.defines[i.a], facts, level, seen);
  }
}

// The facts that can move the outcome (emergency, SRO involvement), and
// have more than one class of values: what "what would change it" tries.
std::vector<int> outcome_facts(const Plan& p) {
  std::set<int> facts, seen;
  bool level = false;
  const int involve = static_cast<int>(SroAction::Involve);
  for (auto& r : p.emergencies) reads(p, r.program, facts, level, seen);
  for (auto& r : p.permits[involve]) reads(p, r.program, facts, level, seen);
  for (auto& r : p.forbids[involve]) reads(p, r.program, facts, level, seen);
  if (level)
    for (auto& b : p.behaviors)
      for (auto& l : b.levels)
        if (l.conditional) reads(p, l.when, facts, level, seen);
  // An asked fact's condition decides whether it is known at all.
  for (size_t before = 0; before != facts.size();) {
    before = facts.size();
    for (size_t f = 0; f < p.facts.size(); ++f)
      if (p.facts[f].asked && facts.count(static_cast<int>(f)))
        reads(p, p.facts[f].asked_when, facts, level, seen);
  }
  std::vector<int> out;
  for (int f : facts)
    if (p.facts[f].probe_values.size() > 1 || !p.facts[f].has_default) out.push_back(f);
  return out;
}

void dependencies(Plan& p) {
  p.feeds_asked.assign(p.facts.size(), 0);
  for (auto& f : p.facts) {
    if (!f.asked) continue;
    std::set<int> facts, seen;
    bool level = false;
    reads(p, f.asked_when, facts, level, seen);
    for (int x : facts) p.feeds_asked[x] = 1;
  }
  p.fact_defines.assign(p.facts.size(), {});
  p.fact_rules.assign(p.facts.size(), {});
  for (size_t d = 0; d < p.defines.size(); ++d) {
    std::set<int> facts, seen;
    bool level = false;
    reads(p, p.defines[d], facts, level, seen);
    for (int f : facts) p.fact_defines[f].push_back(static_cast<int>(d));
    if (level) p.level_defines.push_back(static_cast<int>(d));
  }
  std::vector<const PlanRule*> rules(static_cast<size_t>(p.rule_slots), nullptr);
  for (auto& v : p.permits)
    for (auto& r : v) rules[r.slot] = &r;
  for (auto& v : p.forbids)
    for (auto& r : v) rules[r.slot] = &r;
  for (auto& r : p.emergencies) rules[r.slot] = &r;
  for (auto& d : p.duties) rules[d.rule.slot] = &d.rule;
  for (auto* r : rules) {
    if (!r) continue;
    std::set<int> facts, seen;
    bool level = false;
    reads(p, r->program, facts, level, seen);
    for (int f : facts) p.fact_rules[f].push_back(r->slot);
    if (level) p.level_rules.push_back(r->slot);
  }
}

}  // namespace

std::shared_ptr<const Plan> compile_plan(std::shared_ptr<const Model> model) {
  auto plan = std::make_shared<Plan>();
  Plan& p = *plan;
  p.model = model;
  Compiler c(p);
  const Model& m = *model;

  // Defines in an order where each comes after those it reads, so that
  // reads_level propagates.
  p.defines.resize(m.defines.size());
  std::vector<int> state(m.defines.size(), 0);
  std::function<void(int)> visit = [&](int d) {
    if (state[d]) return;
    state[d] = 1;
    std::function<void(const Cond&)> deps = [&](const Cond& c) {
      if (c.kind == Cond::Kind::DefineRef) visit(c.index);
      for (auto& k : c.kids) deps(k);
    };
    deps(m.defines[d].cond);
    p.defines[d] = c.compile(m.defines[d].cond);
  };
  for (size_t d = 0; d < m.defines.size(); ++d) visit(static_cast<int>(d));

  for (auto& f : m.facts) {
    Plan::Fact pf;
    pf.has_default = f.default_value.has_value();
    pf.default_value = f.default_value.value_or(0);
    pf.lo = f.lo;
    pf.hi = f.hi;
    if (f.asked_when) {
      pf.asked = true;
      pf.asked_when = c.compile(*f.asked_when);
    }
    p.facts.push_back(std::move(pf));
  }
  for (auto& b : m.behaviors) {
    Plan::Behavior pb;
    for (auto& l : b.levels)
      pb.levels.push_back({l.level, l.when.has_value(),
                           l.when ? c.compile(*l.when) : Program{}});
    pb.implies = b.implies;
    p.behaviors.push_back(std::move(pb));
  }
  std::map<std::string, int> slot_of;
  for (auto& a : m.agreements)
    for (auto& cl : a.clauses) {
      int ci = static_cast<int>(p.clauses.size());
      p.clauses.push_back(&cl);
      for (size_t ri = 0; ri < cl.rules.size(); ++ri) {
        auto& r = cl.rules[ri];
        PlanRule pr{ci, static_cast<int>(ri), c.compile_rule(r), -1};
        // Rules that read alike share a slot: "when high_threat" in five
        // clauses is evaluated once per incident.
        auto [at, fresh] = slot_of.emplace(program_key(p, pr.program), p.rule_slots);
        pr.slot = at->second;
        if (fresh) ++p.rule_slots;
        // A conjunction whose first part is one behavior is false without it:
        // large policies are mostly such rules, one behavior each.
        {
          const Instr* code = p.code.data() + pr.program.begin;
          size_t len = pr.program.end - pr.program.begin;
          const Instr& first = code[0];
          bool plain = first.op == Instr::Op::Behavior && !first.negate;
          if (plain && len == 1) pr.guard = first.a;
          // ... or the first test of a conjunction that is the whole rule
          // (its jump goes to the end), not of a group nested in it.
          else if (plain && first.join == Instr::Join::First && first.settle == Tri::False &&
                   first.jump == pr.program.end)
            pr.guard = first.a;
        }
        switch (r.effect) {
          case RuleDef::Effect::Permit:
            for (auto act : r.actions) p.permits[static_cast<int>(act)].push_back(pr);
            break;
          case RuleDef::Effect::Forbid:
            for (auto act : r.actions) p.forbids[static_cast<int>(act)].push_back(pr);
            break;
          case RuleDef::Effect::Require:
            for (auto& d : r.duties) {
              if (d.kind == DutyKind::Emergency) p.emergencies.push_back(pr);
              else p.duties.push_back({pr, d});
            }
            break;
        }
      }
    }
  for (size_t i = 0; i < m.facts.size(); ++i)
    p.facts[i].probe_values =
        probe_values(m.facts[i], p.code, p.sets, static_cast<int>(i), p.facts[i].class_rep);
  p.relevant_facts = outcome_facts(p);
  dependencies(p);
  for (size_t f = 0; f < p.facts.size(); ++f) {
    p.default_values.push_back(p.facts[f].default_value);
    p.default_known.push_back(p.facts[f].has_default);
    p.default_sources.push_back(static_cast<uint8_t>(p.facts[f].has_default ? 1 : 0));
    if (p.facts[f].asked) p.asked_facts.push_back(static_cast<int>(f));
  }
  p.max_stack += 2;
  compute_escalation_paths(p);
  p.reader = Reader::compile(m);
  return plan;
}

}  // namespace guidepost
