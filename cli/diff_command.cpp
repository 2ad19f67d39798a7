// guidepost diff OLD NEW: the incidents two policies decide differently.
#include <iostream>

#include "commands.h"
#include "guidepost/decision_format.h"
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
    std::string o = "{\"old\":";
    append_json_string(o, a.old_policy);
    o += ",\"new\":";
    append_json_string(o, a.new_policy);
    o += ",\"agree\":";
    o += r.agree() ? "true" : "false";
    o += ",\"incidents\":" + std::to_string(r.incidents) + ",\"differing\":" + std::to_string(r.differing);
    o += ",\"problems\":[";
    for (size_t i = 0; i < r.problems.size(); ++i) {
      if (i) o += ",";
      append_json_string(o, r.problems[i]);
    }
    o += "],\"groups\":[";
    for (size_t i = 0; i < r.groups.size(); ++i) {
      auto& g = r.groups[i];
      if (i) o += ",";
      o += "{\"what\":";
      append_json_string(o, g.what);
      o += ",\"condition\":";
      append_json_string(o, g.condition);
      o += ",\"old\":{\"value\":";
      append_json_string(o, g.old_value);
      o += ",\"clauses\":[";
      for (size_t k = 0; k < g.old_clauses.size(); ++k) {
        if (k) o += ",";
        append_json_string(o, g.old_clauses[k]);
      }
      o += "]},\"new\":{\"value\":";
      append_json_string(o, g.new_value);
      o += ",\"clauses\":[";
      for (size_t k = 0; k < g.new_clauses.size(); ++k) {
        if (k) o += ",";
        append_json_string(o, g.new_clauses[k]);
      }
      o += "]},\"incidents\":" + std::to_string(g.incidents) + ",\"example\":" + g.example + "}";
    }
    o += "]}";
    std::cout << o << "\n";
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
