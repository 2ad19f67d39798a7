// Comparing two policies: every incident they decide differently, grouped
// into the fewest plain conditions, each with an example and the clauses
// that decide it on each side. Exact by enumeration: facts no condition of
// either policy reads are left at their defaults, and every other fact takes
// one value from each class of values the two policies treat alike.
#pragma once

#include <string>
#include <vector>

#include "guidepost/plan.h"

namespace guidepost {

struct DiffGroup {
  std::string what;       // "outcome", "sro.arrest", "required notify(parent)"
  std::string condition;  // "fighting and injury is serious and participants is 3 or higher"
  std::string old_value, new_value;
  std::vector<std::string> old_clauses, new_clauses;
  std::string example;    // a JSON incident
  size_t incidents = 0;   // how many enumerated incidents the group covers
};

struct DiffResult {
  size_t incidents = 0;   // enumerated
  size_t differing = 0;   // incidents with any difference
  std::vector<std::string> facts;            // the facts enumerated
  size_t behavior_sets = 0;
  std::vector<DiffGroup> groups;
  std::vector<std::string> problems;         // vocabulary mismatches, as errors
  bool agree() const { return groups.empty() && problems.empty(); }
};

DiffResult diff_policies(const Plan& old_plan, const Plan& new_plan);

}  // namespace guidepost
