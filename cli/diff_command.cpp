// guidepost diff OLD NEW: the incidents two policies decide differently.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "guidepost/diff.h"
#include "load_for_cli.h"

namespace guidepost::cli {

int run_diff(const DiffArgs& a) {
  auto op = load_plan_or_report(a.old_policy);
  auto np = load_plan_or_report(a.new_policy);
  if (!op || !np) return kExitUsage;
  DiffResult r = diff_policies(*op, *np);
  auto clauses = [](const std::vector<std::string>& v) {
    if (v.empty()) return std::string("no clause");
    std::string s = v.size() == 1 ? "clause " : "clauses ";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s;
  };
  if (a.format == "json") {
    // Not a hot path: a JSON value is clearer than hand-written text.
    nlohmann::ordered_json o;
    o["old"] = a.old_policy;
    o["new"] = a.new_policy;
    o["agree"] = r.agree();
    o["incidents"] = r.incidents;
    o["differing"] = r.differing;
    o["problems"] = r.problems;
    o["groups"] = nlohmann::ordered_json::array();
    for (auto& g : r.groups)
      o["groups"].push_back({{"what", g.what},
                             {"condition", g.condition},
                             {"old", {{"value", g.old_value}, {"clauses", g.old_clauses}}},
                             {"new", {{"value", g.new_value}, {"clauses", g.new_clauses}}},
                             {"incidents", g.incidents},
                             {"example", nlohmann::ordered_json::parse(g.example)}});
    std::cout << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    bool md = a.format == "md";
    std::cout << (md ? "# " : "") << "OLD " << a.old_policy << " / NEW " << a.new_policy << "\n\n";
    for (auto& p : r.problems) std::cout << (md ? "- " : "") << "note: " << p << "\n";
    if (!r.problems.empty()) std::cout << "\n";
    std::cout << r.differing << " of " << r.incidents << " enumerated incidents are decided differently ("
              << r.facts.size() << " facts read by a condition, " << r.behavior_sets
              << " behavior sets).\n";
    std::string last;
    size_t n = 0;
    for (auto& g : r.groups) {
      if (g.what != last) {
        std::cout << "\n" << (md ? "## " : "") << g.what << ":\n" << (md ? "\n" : "");
        last = g.what;
      }
      ++n;
      std::cout << (md ? "- " : "  ") << g.condition << ": OLD " << g.old_value << " under "
                << clauses(g.old_clauses) << ", NEW " << g.new_value << " under "
                << clauses(g.new_clauses) << " (" << g.incidents
                << (g.incidents == 1 ? " incident)" : " incidents)") << "\n"
                << (md ? "  - example: `" : "      e.g. ") << g.example << (md ? "`" : "") << "\n";
    }
    if (r.agree()) std::cout << "\nThe policies decide every enumerated incident alike.\n";
  }
  return r.agree() ? kExitOk : kExitFindings;
}

}  // namespace guidepost::cli
