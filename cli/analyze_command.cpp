// guidepost analyze POLICY: gaps, permits always overridden, clauses that
// never fire or always hold, conflicting requirements, escalation dead ends.
#include <iostream>

#include "commands.h"
#include "guidepost/analyze.h"
#include "guidepost/decision_format.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost::cli {

int run_analyze(const AnalyzeArgs& a) {
  LoadResult r = load_policy(a.policy);
  if (!r.ok()) {
    for (auto& d : r.diagnostics.items())
      if (d.severity == Severity::Error) std::cerr << render_text(d, *r.sources);
    return kExitFindings;
  }
  auto plan = compile_plan(r.model);
  Analysis an = analyze_policy(r, *plan);
  if (a.format == "json") {
    std::string o = "{\"policy\":";
    append_json_string(o, a.policy);
    o += ",\"findings\":[";
    for (size_t i = 0; i < an.findings.size(); ++i) {
      if (i) o += ",";
      o += "{\"kind\":";
      append_json_string(o, an.findings[i].kind);
      o += ",\"diagnostic\":" + render_json(an.findings[i].diag, *an.sources) + "}";
    }
    o += "]}";
    std::cout << o << "\n";
  } else {
    for (auto& f : an.findings) std::cout << "[" << f.kind << "] " << render_text(f.diag, *an.sources) << "\n";
    std::cout << an.findings.size() << (an.findings.size() == 1 ? " finding" : " findings") << "\n";
  }
  return an.findings.empty() ? kExitOk : kExitFindings;
}

}  // namespace guidepost::cli
