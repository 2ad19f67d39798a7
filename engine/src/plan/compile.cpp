// Model -> Plan. Conditions become postfix programs with defines inlined;
// rules are filed under the action or duty they decide.
#include <algorithm>
#include <set>

#include "guidepost/plan.h"
#include "plan/escalation_paths.h"

namespace guidepost {
namespace {

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
  void emit(const Cond& c, int& max_depth, bool& reads_level) {
    Instr i;
    switch (c.kind) {
      case Cond::Kind::True: i.op = Instr::Op::True; ++depth_; break;
      case Cond::Kind::False: i.op = Instr::Op::False; ++depth_; break;
      case Cond::Kind::FactCmp:
        i.op = Instr::Op::FactCmp;
        i.a = c.index;
        i.cmp = c.op;
        i.value = c.value;
        note_fact(c.index);
        ++depth_;
        break;
      case Cond::Kind::FactIn:
        i.op = Instr::Op::FactIn;
        i.a = c.index;
        i.b = static_cast<int32_t>(p_.sets.size());
        i.n = static_cast<uint16_t>(c.set.size());
        i.value = c.value;
        p_.sets.insert(p_.sets.end(), c.set.begin(), c.set.end());
        note_fact(c.index);
        ++depth_;
        break;
      case Cond::Kind::LevelCmp:
        i.op = Instr::Op::LevelCmp;
        i.cmp = c.op;
        i.value = c.value;
        reads_level = true;
        ++depth_;
        break;
      case Cond::Kind::HasBehavior:
        i.op = Instr::Op::Behavior;
        i.a = c.index;
        ++depth_;
        break;
      case Cond::Kind::DefineRef:
        emit(p_.model->defines[c.index].cond, max_depth, reads_level);
        return;
      case Cond::Kind::Not:
        emit(c.kids[0], max_depth, reads_level);
        i.op = Instr::Op::Not;
        break;
      case Cond::Kind::And:
      case Cond::Kind::Or:
        for (auto& k : c.kids) emit(k, max_depth, reads_level);
        i.op = c.kind == Cond::Kind::And ? Instr::Op::And : Instr::Op::Or;
        i.n = static_cast<uint16_t>(c.kids.size());
        depth_ -= static_cast<int>(c.kids.size()) - 1;
        if (c.kids.empty()) ++depth_;
        break;
    }
    push(i, max_depth);
  }
  void note_fact(int f) { facts_read_.insert(f); }

  Plan& p_;
  int depth_ = 0;

 public:
  std::set<int> facts_read_;
};

// Values worth trying for a fact: every enum or bool value; for an int, the
// bounds and each constant a condition compares it with, +-1.
std::vector<int64_t> probe_values(const FactDef& f, const std::vector<Instr>& code,
                                  const std::vector<int64_t>& sets, int index) {
  std::set<int64_t> v;
  if (f.kind != FactKind::Int) {
    for (int64_t x = f.lo; x <= f.hi; ++x) v.insert(x);
  } else {
    v.insert(f.lo);
    v.insert(f.hi);
    for (auto& i : code) {
      if (i.a != index) continue;
      if (i.op == Instr::Op::FactCmp)
        for (int64_t d : {-1, 0, 1}) v.insert(i.value + d);
      if (i.op == Instr::Op::FactIn)
        for (int k = 0; k < i.n; ++k) v.insert(sets[i.b + k]);
    }
  }
  std::vector<int64_t> out;
  for (int64_t x : v)
    if (x >= f.lo && x <= f.hi) out.push_back(x);
  return out;
}

}  // namespace

std::shared_ptr<const Plan> compile_plan(std::shared_ptr<const Model> model) {
  auto plan = std::make_shared<Plan>();
  Plan& p = *plan;
  p.model = model;
  Compiler c(p);
  const Model& m = *model;

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
  for (auto& a : m.agreements)
    for (auto& cl : a.clauses) {
      int ci = static_cast<int>(p.clauses.size());
      p.clauses.push_back(&cl);
      for (size_t ri = 0; ri < cl.rules.size(); ++ri) {
        auto& r = cl.rules[ri];
        PlanRule pr{ci, static_cast<int>(ri), c.compile_rule(r)};
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
  // Facts a behavior implies matter too: changing them changes conditions.
  p.relevant_facts.assign(c.facts_read_.begin(), c.facts_read_.end());
  for (size_t i = 0; i < m.facts.size(); ++i)
    p.facts[i].probe_values = probe_values(m.facts[i], p.code, p.sets, static_cast<int>(i));
  p.max_stack += 2;
  compute_escalation_paths(p);
  return plan;
}

}  // namespace guidepost
