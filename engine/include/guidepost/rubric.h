// An agreement against the two checklists counsel reads a draft MOA with:
// the five SECURe action steps (U.S. ED and DOJ, 2016) and the catalogue of
// MOA clause kinds (ROLE-01, ARREST-02, ...). For each step and each kind it
// lists the clauses that implement it, and what the agreement leaves
// uncovered. Returns data and strings; printing is the caller's business.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "guidepost/model.h"

namespace guidepost {

// One kind of the MOA clause catalogue, titled as the catalogue titles it.
struct ClauseKindInfo {
  std::string id, title;
};
// The catalogue in its own order (role and scope first, governance last).
const std::vector<ClauseKindInfo>& clause_kind_catalogue();
const ClauseKindInfo* clause_kind_info(std::string_view id);  // null: not a kind
// The catalogue's ids, in the same order: the kinds a clause may name.
const std::vector<std::string>& known_clause_kinds();

// A SECURe action step and the clause kinds that count toward it.
struct SecureStep {
  std::string id, title;
  std::vector<std::string> kinds;
  std::string note;  // a caveat on the mapping, for people; usually empty
};
const std::vector<SecureStep>& secure_steps();

// A clause counted toward a step or a kind, and which of its kinds made it
// count (for a kind: that kind; for a step: those of the step's kinds it has).
struct RubricClause {
  const ClauseDef* clause = nullptr;
  std::vector<std::string> kinds;
};

// One step or one kind, with the clauses implementing it in agreement order.
struct RubricRow {
  std::string id, title;
  std::vector<std::string> kinds;  // a step: the kinds counted; a kind: itself
  std::string note;
  std::vector<RubricClause> clauses;
  bool covered() const { return !clauses.empty(); }
};

// The rubric of all of a policy's agreements taken together (clause numbers
// are unique across them). Points into the model, which must outlive it.
struct Rubric {
  std::vector<const AgreementDef*> agreements;
  std::vector<RubricRow> steps, kinds;
  std::vector<const ClauseDef*> unclassified;  // clauses of no catalogue kind
  size_t steps_covered() const;
  size_t kinds_covered() const;
  // "N of M steps covered, K of L kinds covered"
  std::string summary() const;
};

Rubric rubric_of(const Model& m);

// For counsel: the agreement(s), the SECURe steps, the clause kinds, the
// clauses no kind classifies, what is left uncovered and the summary line.
std::string rubric_text(const Model& m, const Rubric& r);

// One JSON object on one line, keys in this order:
//   policy, title: the policy's id and title
//   agreements: [{name, document, url, clauses: ["1.1", ...]}]
//   steps: [{id, title, kinds: [...], clauses: [C...], covered}]
//   kinds: [{id, title, clauses: [C...], covered}]
//   unclassified: [C...]   (C without "kinds")
//   summary: {steps_covered, steps_total, kinds_covered, kinds_total,
//             uncovered_steps: [...], uncovered_kinds: [...], line}
// where C is {number, title, mode: "quote"|"paraphrase", kinds: [...]}.
std::string rubric_json(const Model& m, const Rubric& r);

}  // namespace guidepost
