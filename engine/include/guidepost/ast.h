// The policy AST: what the parse stage builds from one file. It holds names
// as written; the checker resolves them (model.h). No parser type leaks here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "guidepost/source.h"

namespace guidepost::ast {

struct Name {
  std::string text;
  Span span;
};

// A literal as written: an int, a bool, or a bare name (an enum value).
struct Literal {
  enum class Kind { Int, Bool, Name } kind = Kind::Int;
  int64_t int_value = 0;
  bool bool_value = false;
  std::string name;
  Span span;
};

struct Expr {
  enum class Kind {
    Or, And, Not,  // n-ary or unary over `kids`
    Compare,       // kids[0] op kids[1]
    Member,        // kids[0] in set (negated when `negated`)
    Level,         // the incident's level
    Ref,           // a fact, define or behavior, by name
    Int, Bool,
  } kind = Kind::Bool;
  enum class Op { Eq, Ne, Lt, Le, Gt, Ge } op = Op::Eq;
  std::vector<Expr> kids;
  std::vector<Literal> set;
  std::string name;  // Ref
  int64_t int_value = 0;
  bool bool_value = false;
  bool negated = false;
  Span span;
};

struct HeaderField {
  Name key;
  std::string value;
  Span value_span;
};

struct PolicyHeader {
  std::string id;
  Span span;
  std::vector<HeaderField> fields;
};

struct Import {
  std::string path;
  Span span;
};

struct FactType {
  enum class Kind { Bool, Int, Enum } kind = Kind::Bool;
  int64_t lo = 0, hi = 0;
  std::vector<Name> values;
  Span span;
};

struct Fact {
  Name name;
  FactType type;
  std::optional<Literal> default_value;
  std::optional<Expr> asked_when;
  std::string label;
  Span span;
};

struct Response {
  Name name;
  std::string label;
};

struct Level {
  int64_t number = 0;
  Span number_span;
  std::string name;
  std::optional<Name> min_response, max_response;
  Span responses_span;
  std::vector<HeaderField> notes;
  Span span;
};

struct ConditionalLevel {
  int64_t number = 0;
  Span number_span;
  std::optional<Expr> when;  // absent: the base level
};

struct Assignment {
  Name fact;
  Literal value;
  Span span;
};

struct Term {
  std::string text;
  Span span;
};

struct Behavior {
  Name name;
  std::string label;
  bool extends = false;
  bool from_terms_file = false;  // terms read from a `terms "file"` line
  std::vector<ConditionalLevel> levels;
  std::vector<Term> terms;
  std::vector<Assignment> implies;
  std::vector<Name> includes;  // behaviors read as part of this one
  // Parallel to `includes`: written `in description`, part of this one
  // wherever the description names them, not only in the same sentence.
  std::vector<bool> include_anywhere;
  std::vector<Name> repeats;   // behaviors that, repeated over time, are this one
  // combines theft with assault, ...: named together in one sentence, this one
  std::optional<Name> combines;
  std::vector<Name> combines_with;
  Span span;
};

struct Role {
  Name name;
  std::string label;
};

struct Define {
  Name name;
  Expr expr;
  Span span;
};

struct SroAction {
  Name action;  // involve, question, search, cite, arrest, restrain
  Span span;
};

struct Duty {
  Name name;                // notify, consult, emergency
  std::optional<Name> role;
  Span span;
};

struct Condition {
  bool unless = false;
  Expr expr;
};

struct Rule {
  enum class Effect { Permit, Forbid, Require } effect = Effect::Permit;
  std::vector<SroAction> actions;  // permit / forbid
  std::vector<Duty> duties;        // require
  std::vector<Condition> conditions;
  Span span;
};

struct ClauseNumber {
  std::string text;
  Span span;
};

struct Clause {
  ClauseNumber number;
  std::string title;
  enum class Mode { None, Quote, Paraphrase } mode = Mode::None;
  std::string prose;
  Span prose_span;
  std::string document, section, url;
  std::vector<Name> kinds;
  std::vector<Rule> rules;
  Span span;
};

struct Agreement {
  std::string name;
  std::string document, url;
  std::vector<Clause> clauses;
  Span span;
};

struct Expectation {
  enum class Kind { Outcome, Level, Permitted, Forbidden, Required, Clauses } kind;
  Name value;                          // outcome
  std::optional<int64_t> level;        // Level (absent = none)
  std::vector<SroAction> actions;
  std::vector<Duty> duties;
  std::vector<ClauseNumber> clauses;
  Span span;
};

struct Test {
  std::string name;
  std::vector<Name> behaviors;
  std::vector<Assignment> given;
  std::string description;
  Span description_span;
  std::vector<ClauseNumber> checks;
  std::vector<Expectation> expects;
  Span span;
};

struct RecognizeRule {
  std::optional<Assignment> value;  // weapon = knife: "knife", ...
  std::vector<Term> terms;
  Name fact, extractor;             // grade: grade
  std::vector<Name> behaviors;      // target_staff: aimed_at_staff for assault, ...
  Span span;
};

// One line of a context trigger file:  id <TAB> kind <TAB> where <TAB> phrase
struct Trigger {
  std::string id, kind, where, phrase;
  Span span;
  Span phrase_span;  // where the phrase is, for a bad pattern's column
};

struct EscalationEdge {
  Name from, to;
};

// One parsed file.
struct File {
  uint32_t source = 0;
  std::optional<PolicyHeader> header;
  std::vector<Import> imports;
  std::vector<Fact> facts;
  std::vector<Response> responses;
  std::vector<Level> levels;
  std::vector<Behavior> behaviors;
  std::vector<Role> roles;
  std::vector<EscalationEdge> escalation;
  std::vector<Define> defines;
  std::vector<Agreement> agreements;
  std::vector<Test> tests;
  std::vector<RecognizeRule> recognize;
  std::vector<Import> contexts;     // trigger files this file names
  std::vector<Trigger> triggers;    // their lines, read by the loader
  std::vector<Import> term_files;   // behavior term files this file names;
                                    // the loader adds their lines to `behaviors`
};

}  // namespace guidepost::ast
