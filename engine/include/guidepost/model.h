// The checked policy: every name resolved to an index, every type known.
// The checker builds it from the files of one load; the planner compiles it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "guidepost/source.h"

namespace guidepost {

enum class FactKind { Bool, Int, Enum };

// SRO actions, each decided on its own.
enum class SroAction : uint8_t { Involve, Question, Search, Cite, Arrest, Restrain };
inline constexpr int kSroActionCount = 6;
const char* sro_action_name(SroAction a);
std::optional<SroAction> sro_action_from(const std::string& s);

enum class DutyKind : uint8_t { Notify, Consult, Emergency };
const char* duty_kind_name(DutyKind d);

// A resolved condition. Values of facts are int64: bools are 0/1, enum
// values their index in the fact's declaration.
struct Cond {
  enum class Kind {
    True, False,
    Or, And, Not,
    FactCmp,     // fact op value
    FactIn,      // fact in set (negated: not in)
    LevelCmp,    // incident level op value
    HasBehavior, // the incident has behavior `index`
    DefineRef,   // the named condition `index`
  } kind = Kind::True;
  Cond() = default;
  explicit Cond(Kind k) : kind(k) {}
  enum class Op { Eq, Ne, Lt, Le, Gt, Ge } op = Op::Eq;
  int index = -1;  // fact, behavior or define
  int64_t value = 0;  // FactIn: 1 means `not in`
  std::vector<int64_t> set;
  std::vector<Cond> kids;
  Span span;
};

// `a op b`, the one comparison every stage shares.
inline bool compare(int64_t a, Cond::Op op, int64_t b) {
  switch (op) {
    case Cond::Op::Eq: return a == b;
    case Cond::Op::Ne: return a != b;
    case Cond::Op::Lt: return a < b;
    case Cond::Op::Le: return a <= b;
    case Cond::Op::Gt: return a > b;
    case Cond::Op::Ge: return a >= b;
  }
  return false;
}

struct FactDef {
  std::string name, label;
  FactKind kind = FactKind::Bool;
  int64_t lo = 0, hi = 1;  // bool: 0..1; enum: 0..n-1
  std::vector<std::string> values;  // enum
  std::optional<int64_t> default_value;
  std::optional<Cond> asked_when;   // unknown unless given, when this holds
  Span span;
  std::string format(int64_t v) const;  // "knife", "true", "3"
};

struct ResponseDef {
  std::string name, label;
  Span span;
};

struct LevelDef {
  int64_t number = 0;
  std::string name;
  int min_response = -1, max_response = -1;  // indexes into responses
  Span span;
};

struct BehaviorLevel {
  int64_t level = 0;
  std::optional<Cond> when;  // absent: the base level
  Span span;
};

struct FactValue {
  int fact = -1;
  int64_t value = 0;
  Span span;
};

struct BehaviorDef {
  std::string name, label;
  std::vector<BehaviorLevel> levels;  // base first, then conditional ones
  std::vector<std::string> terms;
  std::vector<FactValue> implies;
  // Behaviors that a description names as part of this one: "took $40 at
  // knifepoint" is a robbery, not also a theft. Reading only.
  std::vector<int> includes;
  std::vector<Span> include_spans;  // parallel to includes
  // Those of `includes` folded wherever the description names them, not
  // only in the including behavior's sentence: a student's refusals over a
  // period are one refusal, the worst of them.
  std::vector<int> includes_anywhere;
  // Behaviors that a description reads as this one when it says they went
  // on over time ("calling her names every day" is bullying). Reading only.
  std::vector<int> repeats;
  // A behavior that, named in one sentence with any of `combines_with`, is
  // read as this one ("pushed him and took his phone" is a robbery: theft
  // with assault). -1: none. Reading only.
  int combines = -1;
  std::vector<int> combines_with;
  Span span;
};

struct RoleDef {
  std::string name, label;
  Span span;
};

struct DefineDef {
  std::string name;
  Cond cond;
  Span span;
};

struct Duty {
  DutyKind kind = DutyKind::Notify;
  int role = -1;  // notify/consult
  Span span;
  bool operator==(const Duty& o) const { return kind == o.kind && role == o.role; }
};

struct RuleDef {
  enum class Effect { Permit, Forbid, Require } effect = Effect::Permit;
  std::vector<SroAction> actions;
  std::vector<Duty> duties;
  struct Condition {
    bool unless = false;
    Cond cond;
  };
  std::vector<Condition> conditions;  // all must hold (unless: must not)
  Span span;
};

struct ClauseDef {
  std::string number, title;
  enum class Mode { None, Quote, Paraphrase } mode = Mode::None;
  std::string prose, document, section, url;
  std::vector<std::string> kinds;
  std::vector<RuleDef> rules;
  Span span;
};

struct AgreementDef {
  std::string name, document, url;
  std::vector<ClauseDef> clauses;
  Span span;
};

struct TestDef {
  std::string name;
  std::vector<int> behaviors;
  std::vector<FactValue> given;
  std::string description;
  std::vector<std::string> checks;
  struct Expect {
    enum class Kind { Outcome, Level, Permitted, Forbidden, Required, Clauses } kind;
    std::string outcome;
    std::optional<int64_t> level;
    std::vector<SroAction> actions;
    std::vector<Duty> duties;
    std::vector<std::string> clauses;
    Span span;
  };
  std::vector<Expect> expects;
  Span span;
};

// Words in a description that set a fact: `weapon = knife: "knife"`; or a
// built-in reader of numbers (`grade`, `count`, `dollars`).
struct RecognizeDef {
  int fact = -1;
  int64_t value = 0;
  std::vector<std::string> terms;
  std::string extractor;  // empty for a value rule
  std::vector<int> behaviors;  // the behaviors a reader looks at (`for ...`); empty: all
  Span span;
};

// A context trigger from a trigger file.
struct TriggerDef {
  std::string id;
  std::string kind;   // negated, hypothetical, historical, other_person, disputed,
                      // correction, repeated, lookalike, pseudo, terminator
  std::string where;  // before (scopes forward), after (scopes back), - (itself)
  std::string phrase;
  Span span;
};

struct PolicyInfo {
  std::string id, title, effective, jurisdiction, source;
  Span span;
};

struct Model {
  PolicyInfo info;
  std::vector<FactDef> facts;
  std::vector<ResponseDef> responses;
  std::vector<LevelDef> levels;  // ascending by number
  std::vector<BehaviorDef> behaviors;
  std::vector<RoleDef> roles;
  std::vector<std::pair<int, int>> escalation;  // role -> role
  std::vector<DefineDef> defines;               // acyclic (checked)
  std::vector<AgreementDef> agreements;
  std::vector<TestDef> tests;
  std::vector<RecognizeDef> recognize;  // in priority order: earlier wins
  std::vector<TriggerDef> triggers;     // by id; a later file's id replaces

  std::map<std::string, int, std::less<>> fact_index, behavior_index, role_index,
      define_index;

  const LevelDef* level(int64_t number) const;
  const ClauseDef* clause(const std::string& number) const;
};

}  // namespace guidepost
