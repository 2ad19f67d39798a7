// guidepost analyze: what counsel asks of an agreement before signing it.
// The semantic findings are the linter's own analyses (one exhaustive search
// over the facts each condition reads), so the two commands always agree;
// two findings are analyze's alone: required actions that conflict with the
// agreement's own forbids, and escalation dead ends.
#pragma once

#include <string>
#include <vector>

#include "guidepost/lint.h"
#include "guidepost/plan.h"

namespace guidepost {

struct AnalysisFinding {
  std::string kind;     // gap, always-overridden, never-fires, always-holds,
                        // conflicting-requirement, escalation-dead-end, ...
  std::string message;  // with an example incident where there is one
  Diagnostic diag;      // where it is, as the linter reports it
};

struct Analysis {
  std::vector<AnalysisFinding> findings;
  std::shared_ptr<const SourceSet> sources;
};

// The linter rules analyze reports, by id, with the kind each stands for.
const std::vector<std::pair<std::string, std::string>>& analysis_rules();

Analysis analyze_policy(const LoadResult& loaded, const Plan& plan);

}  // namespace guidepost
