// What a lint rule sees (Context) and where it reports (Sink). Internal to
// the engine: rules live in engine/src/lint/rules/, one file each.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "guidepost/lint.h"
#include "guidepost/plan.h"
#include "guidepost/policy_tests.h"

namespace guidepost::lint {

class Context {
 public:
  Context(const LoadResult& load, std::shared_ptr<const Plan> plan, const Options& options);

  const LoadResult& load() const { return load_; }
  const Model& model() const { return *plan_->model; }
  const Plan& plan() const { return *plan_; }
  const SourceSet& sources() const { return *load_.sources; }
  size_t budget() const { return options_.max_combinations; }

  // Files that declare levels or an agreement: the policy's own files, as
  // against a shared vocabulary that many policies import and each uses in
  // part.
  bool is_policy_file(uint32_t file) const;
  bool has_agreement() const { return !model().agreements.empty(); }

  // The policy's own tests, run once (only when asked for).
  const TestRun& tests() const;

  // A span cut to its first line (a whole rule or level: its first line).
  Span first_line(Span s) const;

 private:
  const LoadResult& load_;
  std::shared_ptr<const Plan> plan_;
  const Options& options_;
  std::vector<uint32_t> policy_files_;
  mutable std::optional<TestRun> tests_;
};

class Sink {
 public:
  Sink(const RuleInfo& rule, Severity severity) : rule_(rule), severity_(severity) {}
  void report(Span span, std::string message, std::string help = {});
  // A search stopped at the budget: said once per rule and policy, as a note.
  void capped(Span span, const std::string& what, size_t budget);
  std::vector<Diagnostic>& items() { return items_; }

 private:
  const RuleInfo& rule_;
  Severity severity_;
  std::vector<Diagnostic> items_;
  bool capped_ = false;
};

}  // namespace guidepost::lint
