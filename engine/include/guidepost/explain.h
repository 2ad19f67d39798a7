// A decision with its explanation: what the principal sees and what counsel
// audits. Built on the fast path (decide.h), at one of three depths.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "guidepost/decide.h"

namespace guidepost {

enum class ExplainDepth { Summary, Fails, Full };

struct FactReport {
  int fact = -1;
  std::string name;
  std::optional<std::string> value;  // absent: unknown
  FactSource source = FactSource::Unknown;
  std::string implied_by;            // behavior id, when implied
  std::vector<Evidence> evidence;
};

struct BehaviorReport {
  int behavior = -1;
  std::string id, label;
  int64_t level = 0;           // 0: the policy gives it no level
  std::string raised_by;       // the condition that raised it, if any
  std::vector<Evidence> evidence;
  bool disputed = false;       // the description says the student denies it
  bool given = false;          // given outright (when a description also names it)
};

// One sub-condition and its value, for the trace.
struct CondTrace {
  std::string text;
  Tri value = Tri::False;
  std::vector<CondTrace> kids;
};

struct RuleReport {
  int clause = -1;
  std::string effect;     // permit, forbid, require
  std::string targets;    // "sro.involve, sro.question" / "notify(parent)"
  Tri applies = Tri::False;
  std::string failed;     // fails depth: the one sub-condition that failed
  std::optional<CondTrace> trace;  // full depth
};

struct Required {
  std::string action;  // notify(parent), consult(counselor)
  int clause = -1;
  bool certain = true;  // false: only if an unknown fact turns out so
};

struct Branch {
  std::string fact, value;  // value may be a range "3..200"
  Outcome outcome = Outcome::Staff;
  std::vector<int> clauses;
};

struct Change {
  bool up = true;
  std::vector<std::pair<std::string, std::string>> set;  // fact, new value
  Outcome outcome = Outcome::Staff;
  std::vector<int> clauses;
};

struct Decision {
  std::string id;
  Outcome outcome = Outcome::Staff;
  bool has_level = false;
  int64_t level = 0, level_max = 0;  // level_max > level when unknowns may raise it
  std::vector<BehaviorReport> behaviors;
  std::vector<FactReport> facts;
  std::array<ActionState, kSroActionCount> actions{};
  std::array<std::vector<int>, kSroActionCount> action_clauses;  // deciding clauses
  std::vector<Required> required;
  std::string response_min, response_max;
  std::vector<std::string> escalation;  // roles from first responder to who acts
  std::vector<int> determining;         // clause indexes into Plan::clauses
  std::vector<Branch> branches;         // when outcome is depends
  std::vector<Change> changes;          // what would change it
  std::vector<RuleReport> rules;        // fails: near misses; full: every rule
  ExplainDepth depth = ExplainDepth::Summary;
  // From a plain-English description:
  bool described = false;
  bool nothing_recognised = false;  // the description named no behavior
  std::vector<Incident::SetAside> set_aside;
};

Decision decide(const Plan& plan, const Incident& incident,
                ExplainDepth depth = ExplainDepth::Summary);

// Plain-words rendering of a condition ("injury is serious").
std::string describe(const Model& m, const Cond& c);

}  // namespace guidepost
