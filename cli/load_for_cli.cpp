#include "load_for_cli.h"

#include <iostream>

#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost::cli {

std::shared_ptr<const Plan> load_plan_or_report(const std::string& path) {
  LoadResult r = load_policy(path);
  for (auto& d : r.diagnostics.items())
    if (d.severity == Severity::Error) std::cerr << render_text(d, *r.sources);
  if (!r.ok()) {
    std::cerr << "guidepost: " << path << " has errors; run `guidepost check " << path
              << "` for details\n";
    return nullptr;
  }
  return compile_plan(r.model);
}

}  // namespace guidepost::cli
