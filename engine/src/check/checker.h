// The check stage: the parsed files of one load (imports first) become one
// Model with every name resolved, or diagnostics saying why not.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "guidepost/ast.h"
#include "guidepost/diagnostic.h"
#include "guidepost/model.h"

namespace guidepost {

std::shared_ptr<Model> check_files(const std::vector<const ast::File*>& files,
                                   const SourceSet& sources, Diagnostics& diags);

// The clause kinds of the MOA catalogue (ROLE-01, ARREST-02, ...).
const std::vector<std::string>& known_clause_kinds();

namespace check {

// What a condition may read where it appears.
struct CondContext {
  bool level_allowed = true;  // not inside a behavior's own level
  const char* where = "";
  const char* why = "";        // why `level` cannot be read here
};

class Checker {
 public:
  Checker(const SourceSet& sources, Diagnostics& diags) : sources_(sources), diags_(diags) {}
  std::shared_ptr<Model> run(const std::vector<const ast::File*>& files);

  // declarations.cpp
  void header(const ast::File& entry);
  void facts(const ast::File& f);
  void responses(const ast::File& f);
  void levels(const ast::File& f);
  void roles(const ast::File& f);
  void declare_behaviors(const ast::File& f);
  void behavior_bodies(const ast::File& f);
  void declare_defines(const ast::File& f);
  void define_bodies();
  bool claim_name(const ast::Name& n, const char* kind);
  std::optional<int64_t> fact_value(int fact, const ast::Literal& lit, const char* where);
  std::optional<FactValue> assignment(const ast::Assignment& a, const char* where);
  int role(const ast::Name& n);
  int behavior(const ast::Name& n);  // its index, or -1 reported as unknown

  // conditions.cpp
  std::optional<Cond> condition(const ast::Expr& e, const CondContext& ctx);
  bool reads_level(const Cond& c) const;

  // graphs.cpp
  void define_order();
  void include_graph();
  void escalation(const ast::File& f);
  void escalation_graph();

  // recognize.cpp
  void recognize(const ast::File& f);
  bool term(const ast::Term& t);  // term.cpp: reported when bad
  void triggers(const ast::File& f);

  // agreement.cpp
  void agreements(const ast::File& f);
  void tests(const ast::File& f);
  std::optional<Duty> duty(const ast::Duty& d);

 private:
  std::optional<Cond> operand_compare(const ast::Expr& e, const CondContext& ctx);
  std::optional<Cond> member(const ast::Expr& e, const CondContext& ctx);
  std::optional<Cond> ref(const ast::Expr& e, const CondContext& ctx);
  std::optional<int64_t> compare_value(int fact, const ast::Expr& v);
  std::optional<int64_t> level_value(const ast::Expr& v);

  std::vector<std::string> expression_names() const;
  std::vector<std::string> names_of(const std::vector<std::string>& v) const { return v; }

  const SourceSet& sources_;
  Diagnostics& diags_;
  std::shared_ptr<Model> m_ = std::make_shared<Model>();
  // Expression names (facts, behaviors, defines) share one namespace.
  std::map<std::string, std::pair<const char*, Span>, std::less<>> names_;
  std::map<std::string, int, std::less<>> response_index_;
  std::vector<const ast::Define*> define_asts_;
  std::vector<std::vector<int>> define_refs_;  // define -> defines it reads
  int current_define_ = -1;
  std::set<std::string> used_roles_;
  std::vector<Span> escalation_spans_;  // parallel to Model::escalation
  mutable std::vector<int8_t> define_reads_level_;  // -1 unknown, 0, 1
};

}  // namespace check
}  // namespace guidepost
