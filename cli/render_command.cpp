// guidepost render POLICY --format md|html: the policy as a document.
#include <iostream>

#include "commands.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"
#include "guidepost/render_document.h"

namespace guidepost::cli {

int run_render(const RenderArgs& a) {
  LoadResult r = load_policy(a.policy);
  if (!r.ok()) {
    for (auto& d : r.diagnostics.items())
      if (d.severity == Severity::Error) std::cerr << render_text(d, *r.sources);
    return kExitFindings;
  }
  std::cout << (a.format == "html" ? render_html(*r.model) : render_markdown(*r.model));
  return kExitOk;
}

}  // namespace guidepost::cli
