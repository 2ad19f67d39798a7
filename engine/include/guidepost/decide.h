// Deciding an incident. `decide_core` is the fast path: no string lookup and
// no allocation once the Scratch has been sized for the plan. explain.h
// builds the full decision with its explanation on top of it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "guidepost/plan.h"

namespace guidepost {

enum class Outcome : uint8_t { Staff, Sro, Emergency, Depends };
const char* outcome_name(Outcome o);

enum class FactSource : uint8_t { Unknown, Default, Implied, Given, Asked, Described };
const char* fact_source_name(FactSource s);

// Where a fact or behavior came from in a plain-English description.
struct Evidence {
  uint32_t begin = 0, end = 0;  // byte offsets into the description
  std::string text;
};

struct GivenFact {
  int fact = -1;
  int64_t value = 0;
  std::vector<Evidence> evidence;
  FactSource source = FactSource::Given;  // Described: read from the description
};

struct Mention;

// A behavior's words in the description, and whether the student disputes it.
struct BehaviorEvidence {
  int behavior = -1;
  std::vector<Evidence> evidence;
  bool disputed = false;
  bool given = false;  // also given outright
};

struct Incident {
  std::string id;
  std::vector<int> behaviors;
  std::vector<GivenFact> facts;
  // From a plain-English description, when there is one.
  std::string description;
  bool described = false;
  std::vector<BehaviorEvidence> behavior_evidence;
  struct SetAside {
    std::string would_be;  // behavior id, or fact=value
    Evidence words, trigger;
    std::string status, trigger_id;
  };
  std::vector<SetAside> set_aside;
};

// Per-incident working state, reused across decisions.
struct Scratch {
  std::vector<int64_t> value;
  std::vector<uint8_t> known;
  std::vector<FactSource> source;
  std::vector<uint8_t> has_behavior;
  uint64_t behavior_bits = 0;  // has_behavior of the first 64, as bits
  // Working memory of evaluation, written through const access.
  mutable std::vector<Tri> stack;
  mutable std::vector<uint8_t> define_state;  // Tri, or kUnset
  mutable std::vector<uint8_t> rule_state;    // per PlanRule::slot
  std::vector<int> present;                   // behaviors of the incident
  static constexpr uint8_t kUnset = 3;
  std::vector<Tri> duty_state;       // parallel to Plan::duties
  std::vector<Tri> emergency_state;  // parallel to Plan::emergencies
  void size_for(const Plan& p);
  // Sizes it for `p` unless it already is (reuse across decisions).
  void ensure(const Plan& p) {
    if (value.size() != p.facts.size() || has_behavior.size() != p.behaviors.size() ||
        rule_state.size() != static_cast<size_t>(p.rule_slots) ||
        define_state.size() != p.defines.size() || duty_state.size() != p.duties.size() ||
        emergency_state.size() != p.emergencies.size() ||
        stack.size() < (static_cast<size_t>(p.max_stack) + 4) * (p.defines.size() + 1))
      size_for(p);
  }
};

enum class ActionState : uint8_t { Forbidden = 0, Permitted = 1, Unknown = 2 };

struct CoreDecision {
  Outcome outcome = Outcome::Staff;
  bool has_level = false;
  int64_t level_lo = 0, level_hi = 0;  // equal unless an unknown fact moves it
  std::array<ActionState, kSroActionCount> actions{};
};

// Fills scratch with the incident's facts (given > implied > default, and
// `asked` facts unknown unless given), then decides.
void load_incident(const Plan& p, const Incident& in, Scratch& s);
// The two halves of load_incident: facts as given, implied and defaulted;
// then asked facts set to unknown where their condition holds.
void load_facts(const Plan& p, const Incident& in, Scratch& s);
void apply_asked(const Plan& p, Scratch& s);
CoreDecision decide_loaded(const Plan& p, Scratch& s);
// Outcome only: the level, SRO involvement and emergency, not the other
// actions or duties (what-if searches need nothing more).
enum class DecideScope { All, Outcome };
CoreDecision decide_loaded(const Plan& p, Scratch& s, DecideScope scope);

// For what-if probes: decide reusing what a base decision of the same
// incident evaluated, except what the changed facts (or a changed level)
// feed into.
struct MemoReuse {
  std::vector<uint8_t> define_state, rule_state;  // the base decision's memos
  int64_t level_lo = 0, level_hi = 0;             // the base decision's level
  std::vector<int> changed;                       // facts that differ from it
};
CoreDecision decide_reusing(const Plan& p, Scratch& s, const MemoReuse& reuse);
inline CoreDecision decide_core(const Plan& p, const Incident& in, Scratch& s) {
  load_incident(p, in, s);
  return decide_loaded(p, s);
}

// The clauses that decide the outcome (indexes into Plan::clauses): for sro
// the permits of involve that apply, for staff the forbids of involve, for
// emergency the clauses requiring it, for depends those still undecided.
void determining_clauses(const Plan& p, const Scratch& s, const CoreDecision& d,
                         std::vector<int>& out);

// A rule's value for the decided incident (memoised per rule).
Tri rule_value(const Plan& p, const PlanRule& r, const Scratch& s, int64_t level_lo,
               int64_t level_hi);

// Evaluates one program over the loaded incident.
Tri run_program(const Plan& p, const Program& prog, const Scratch& s, int64_t level_lo,
                int64_t level_hi);

}  // namespace guidepost
