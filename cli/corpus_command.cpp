// guidepost corpus -p POLICY FILE: score the description reader against a
// labelled corpus; exit 1 when a goal is missed.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "guidepost/corpus.h"
#include "load_for_cli.h"

namespace guidepost::cli {

int run_corpus(const CorpusArgs& a) {
  auto plan = load_plan_or_report(a.policy);
  if (!plan) return kExitFindings;
  std::ifstream f(a.file, std::ios::binary);
  if (!f) {
    std::cerr << "guidepost: cannot read " << a.file << "\n";
    return kExitUsage;
  }
  std::stringstream ss;
  ss << f.rdbuf();
  CorpusReport r = score_corpus(*plan, ss.str());
  for (auto& e : r.errors) std::cerr << "error: " << e << "\n";
  auto line = [](const std::string& name, const Score& s) {
    std::ostringstream o;
    o << "  " << std::left << std::setw(22) << name << std::right << std::fixed << std::setprecision(3)
      << "  P " << s.precision() << "  R " << s.recall() << "  F1 " << s.f1() << "   (tp " << s.tp
      << ", fp " << s.fp << ", fn " << s.fn << ")\n";
    return o.str();
  };
  std::cout << r.records << " descriptions\n\nBehaviors:\n" << line("all (micro)", r.behaviors);
  for (auto& [b, s] : r.per_behavior) std::cout << line(b, s);
  std::cout << "\nContext kinds (set aside, or marked disputed):\n";
  for (auto& [k, s] : r.per_context) std::cout << line(k, s);
  if (!r.taken_back.empty()) {
    std::cout << "  taken back, not a labelled kind:";
    for (auto& [k, n] : r.taken_back) std::cout << " " << k << " " << n;
    std::cout << "\n";
  }
  std::cout << "\nFacts (exact value):\n";
  for (auto& [k, s] : r.per_fact) std::cout << line(k, s);
  std::cout << "\nOutcome agrees with the labels' outcome in " << r.outcome_agrees << " of "
            << r.records << "\n";
  std::cout << "Outcomes the text raises above its labels: " << r.raised.size() << "\n";
  for (auto& m : r.raised) std::cout << "  " << m.id << ": " << m.detail << "\n";
  if (a.verbose)
    for (auto& m : r.misses) std::cout << "  " << m.id << ": " << m.detail << "\n";
  bool ok = r.behaviors.precision() >= 0.97 && r.behaviors.recall() >= 0.95 && r.raised.empty() &&
            r.errors.empty();
  std::cout << "\nGoals (behavior precision >= 0.97, recall >= 0.95, no raised outcome): "
            << (ok ? "met" : "NOT met") << "\n";
  return ok ? kExitOk : kExitFindings;
}

}  // namespace guidepost::cli
