// guidepost test POLICY...: run a policy's own tests.
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "commands.h"
#include "guidepost/decision_format.h"
#include "guidepost/policy.h"
#include "guidepost/policy_tests.h"
#include "guidepost/render.h"

namespace guidepost::cli {

int run_test(const TestArgs& a) {
  Diagnostics listing;
  std::vector<std::string> files;
  for (auto& p : a.paths)
    for (auto& f : expand_policy_paths(p, listing)) files.push_back(f);
  for (auto& d : listing.items()) std::cerr << render_text(d, SourceSet{});
  if (listing.has_errors()) return kExitFindings;

  ExplainDepth depth = a.explain == "full" ? ExplainDepth::Full
                       : a.explain == "fails" ? ExplainDepth::Fails
                                              : ExplainDepth::Summary;
  size_t total = 0, failed = 0;
  bool load_failed = false;
  // A test imported by several files runs once.
  std::set<std::pair<std::string, uint32_t>> done;
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (auto& f : files) {
    LoadResult r = load_policy(f);
    if (!r.ok()) {
      for (auto& d : r.diagnostics.items())
        if (d.severity == Severity::Error) std::cerr << render_text(d, *r.sources);
      load_failed = true;
      continue;
    }
    auto plan = compile_plan(r.model);
    TestRun run = run_policy_tests(*plan, depth);
    for (auto& res : run.results) {
      const SourceFile* sf = r.sources->get(res.test->span.file);
      std::string where = (sf ? sf->path : f) + ":" + std::to_string(res.test->span.line);
      if (!done.insert({sf ? sf->canonical : f, res.test->span.line}).second) continue;
      ++total;
      if (!res.passed()) ++failed;
      if (a.format == "json") {
        nlohmann::ordered_json failures = nlohmann::ordered_json::array();
        for (auto& fl : res.failures)
          failures.push_back({{"what", fl.what}, {"expected", fl.expected}, {"actual", fl.actual}});
        std::string decision;
        append_decision_json(decision, *plan, res.decision);
        results.push_back({{"test", res.test->name},
                           {"location", where},
                           {"passed", res.passed()},
                           {"failures", failures},
                           {"decision", nlohmann::ordered_json::parse(decision)}});
        continue;
      }
      if (res.passed()) continue;
      std::cout << "FAIL " << where << ": test \"" << res.test->name << "\"\n";
      for (auto& fl : res.failures)
        std::cout << "  " << fl.what << ": expected " << fl.expected << ", got " << fl.actual << "\n";
      std::cout << "  explanation:\n";
      std::string text = decision_text(*plan, res.decision);
      size_t pos = 0;
      while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line(text.data() + pos, nl - pos);
        std::cout << (line.empty() ? "" : "    ") << line << "\n";
        pos = nl + 1;
      }
      std::cout << "\n";
    }
    if (a.coverage && a.format != "json") {
      std::cout << f << ": coverage\n";
      std::cout << "  clauses no test exercises: ";
      if (run.untested_clauses.empty()) std::cout << "none";
      for (size_t i = 0; i < run.untested_clauses.size(); ++i)
        std::cout << (i ? ", " : "") << run.untested_clauses[i];
      std::cout << "\n  behaviors no test exercises: ";
      if (run.untested_behaviors.empty()) std::cout << "none";
      for (size_t i = 0; i < run.untested_behaviors.size(); ++i)
        std::cout << (i ? ", " : "") << run.untested_behaviors[i];
      std::cout << "\n";
    }
  }
  if (a.format == "json") {
    nlohmann::ordered_json out = {{"results", results}, {"total", total}, {"failed", failed}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << total << (total == 1 ? " test, " : " tests, ") << failed << " failed\n";
  }
  return (failed || load_failed) ? kExitFindings : kExitOk;
}

}  // namespace guidepost::cli
