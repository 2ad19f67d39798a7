// The compiled plan: a checked Model turned, at load time, into flat
// programs over fact slots, with clauses indexed by the SRO action they
// decide. Deciding an incident reads only this (see decide.h).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "guidepost/model.h"

namespace guidepost {

// Three-valued truth: conditions over unknown facts are Unknown (Kleene).
enum class Tri : uint8_t { False = 0, True = 1, Unknown = 2 };

// One instruction of a condition program, in postfix order.
//
// A test ("leaf": a fact, the level, a behavior, a define) carries how its
// value joins the conjunction or disjunction it belongs to, so that
// `a and b and c` is three instructions rather than a push and a fold for
// each part: most of a policy's conditions are short lists of tests.
struct Instr {
  enum class Op : uint8_t {
    True, False,
    // test fact `a` op `value`; one opcode per operator, in Cond::Op order
    FactEq, FactNe, FactLt, FactLe, FactGt, FactGe,
    FactIn,     // test fact `a` in set [b, b+n) of Plan::sets (value 1: not in)
    LevelCmp,   // test level op value
    Behavior,   // test "incident has behavior a"
    BehaviorAny,  // test "incident has any behavior in set [b, b+n)";
                  // a == 1: all below 64, and `value` is their bit mask
    Define,     // test named condition a (evaluated once per incident)
    // For a part that is not a test (a nested group, a negated group):
    Check,      // first part of a group: if the top is `settle`, jump
    Step,       // later part: pop it into the accumulator below; if the
                // accumulator becomes `settle`, jump
    Not,
  } op = Op::True;
  // How a test's value joins its group. Push: stands alone. First: pushed
  // as the group's accumulator. Fold: folded into the accumulator. After
  // First or Fold, a value equal to `settle` (false for `and`, true for
  // `or`) decides the group: jump to `jump`, its end.
  enum class Join : uint8_t { Push, First, Fold } join = Join::Push;
  Tri settle = Tri::False;
  bool negate = false;  // "not <test>": the test's value negated
  uint16_t n = 0;
  Cond::Op cmp = Cond::Op::Eq;
  int32_t a = 0, b = 0;
  uint32_t jump = 0;
  int64_t value = 0;
};

struct Program {
  uint32_t begin = 0, end = 0;  // range in Plan::code
  bool reads_level = false;
};

struct PlanRule {
  int clause = -1, rule = -1;  // indexes into the model's flattened clauses
  Program program;             // all `when`s hold and no `unless` holds
  int slot = -1;               // one per rule: a rule filed under several
                               // actions is evaluated once per incident
  int guard = -1;              // a behavior the rule needs ("fighting and ..."):
                               // without it the rule is false, unevaluated
};

struct PlanDuty {
  PlanRule rule;
  Duty duty;
};

class Reader;

struct Plan {
  std::shared_ptr<const Model> model;
  std::shared_ptr<const Reader> reader;  // reads plain-English descriptions
  std::vector<const ClauseDef*> clauses;  // every clause, agreement order
  std::vector<Instr> code;
  std::vector<Program> defines;  // parallel to Model::defines
  std::vector<int64_t> sets;
  int max_stack = 0;
  int rule_slots = 0;

  struct Fact {
    bool has_default = false;
    int64_t default_value = 0;
    bool asked = false;
    Program asked_when;
    int64_t lo = 0, hi = 0;
    std::vector<int64_t> probe_values;  // values worth trying (what-if, branches)
    std::vector<int64_t> class_rep;     // enum/bool: each value's probe value
    // The probe value every condition treats like `v`.
    int64_t rep_of(int64_t v) const {
      if (!class_rep.empty()) return class_rep[static_cast<size_t>(v - lo)];
      int64_t r = probe_values.empty() ? v : probe_values.front();
      for (int64_t x : probe_values)
        if (x <= v) r = x;
      return r;
    }
  };
  std::vector<Fact> facts;
  // Every fact at its default, ready to copy into an incident's slots.
  std::vector<int64_t> default_values;
  std::vector<uint8_t> default_known;
  std::vector<uint8_t> default_sources;  // FactSource
  std::vector<int> asked_facts;

  struct Level {
    int64_t level = 0;
    bool conditional = false;
    Program when;
  };
  struct Behavior {
    std::vector<Level> levels;
    std::vector<FactValue> implies;
  };
  std::vector<Behavior> behaviors;

  std::array<std::vector<PlanRule>, kSroActionCount> permits, forbids;
  std::vector<PlanRule> emergencies;   // require emergency
  std::vector<PlanDuty> duties;        // notify / consult

  // Facts some condition reads: the only ones "what would change it" tries.
  std::vector<int> relevant_facts;

  // What each fact, and the level, feed (transitively, through defines):
  // a what-if probe that changes one fact re-evaluates only these.
  std::vector<std::vector<int>> fact_defines, fact_rules;  // per fact: slots
  std::vector<int> level_defines, level_rules;
  std::vector<uint8_t> feeds_asked;  // per fact: some `asked when` reads it

  // Escalation paths (role indexes) from the first role to the role that
  // acts on each outcome: staff -> administrator, sro -> sro, emergency ->
  // emergency_services; empty when the policy has no such path.
  std::array<std::vector<int>, 3> escalation_paths;
};

// Compiles a checked model. Never fails: the checker has ruled out what
// could not be compiled.
std::shared_ptr<const Plan> compile_plan(std::shared_ptr<const Model> model);

}  // namespace guidepost
