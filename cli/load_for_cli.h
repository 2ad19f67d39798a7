// Loading a policy for a command that needs a plan: diagnostics go to
// stderr, and a policy with errors stops the command.
#pragma once

#include <memory>
#include <string>

#include "guidepost/plan.h"

namespace guidepost::cli {

std::shared_ptr<const Plan> load_plan_or_report(const std::string& path);

}  // namespace guidepost::cli
