// guidepost rubric POLICY: which clauses of the policy's agreement cover each
// SECURe action step and each MOA clause kind, and which are left uncovered.
#include <iostream>

#include "commands.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"
#include "guidepost/rubric.h"

namespace guidepost::cli {

int run_rubric(const RubricArgs& a) {
  LoadResult r = load_policy(a.policy);
  if (!r.ok()) {
    for (auto& d : r.diagnostics.items())
      if (d.severity == Severity::Error) std::cerr << render_text(d, *r.sources);
    if (r.files.empty()) {
      // The path itself could not be read: the command was given no policy.
      std::cerr << "guidepost: give rubric one policy file, e.g. `guidepost rubric "
                   "policies/fairfax/fairfax.policy`\n";
      return kExitUsage;
    }
    std::cerr << "guidepost: " << a.policy << " has errors; run `guidepost check " << a.policy
              << "` for details\n";
    return kExitFindings;
  }
  Rubric rubric = rubric_of(*r.model);
  if (a.format == "json")
    std::cout << rubric_json(*r.model, rubric) << "\n";
  else
    std::cout << rubric_text(*r.model, rubric);
  return kExitOk;
}

}  // namespace guidepost::cli
