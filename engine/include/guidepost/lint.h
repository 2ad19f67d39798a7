// guidepost lint: rules that find likely mistakes and risky clauses in a
// policy that already checks. Each rule has a stable id, a category, a
// default severity and its own page under docs/rules/. A configuration
// turns rules off or changes their severity; a comment in the policy,
//
//   // guidepost-lint-ignore RULE-ID: REASON
//
// on the line before a finding (or at the end of its line) suppresses it.
// Findings are data; a Reporter turns them into text, JSON, SARIF or GitHub
// workflow annotations. Nothing here prints.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "guidepost/diagnostic.h"
#include "guidepost/policy.h"

namespace guidepost::lint {

enum class Category { Bugs, Safety, CivilRights, Coverage, Style };
const char* category_name(Category c);  // "bugs", "safety", "civil-rights", ...

struct RuleInfo {
  std::string id;
  Category category = Category::Bugs;
  Severity severity = Severity::Warning;  // the default: Error or Warning
  std::string summary;                    // one line, for listings
};

// Where a rule's documentation lives, as a link tools can show.
std::string rule_doc_url(std::string_view id);

class Context;  // what a rule reads: the model, the plan, the sources (internal)
class Sink;     // where a rule reports (internal)

// One lint rule. The registry owns one instance of each.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  // Whether the rule has anything to look at in this policy (a rule about
  // tests, in a policy without tests, does not). `check` runs only where it
  // does, and an unused suppression of a rule that applied nowhere is not
  // reported.
  virtual bool applies(const Context&) const { return true; }
  virtual void check(const Context& ctx, Sink& out) const = 0;
};

// Every rule, ordered by id.
const std::vector<const Rule*>& rules();
const Rule* find_rule(std::string_view id);

// Ids of the two rules the driver reports itself.
inline constexpr std::string_view kSuppressionWithoutReason = "suppression-without-reason";
inline constexpr std::string_view kUnusedSuppression = "unused-suppression";

// The `lint` section of guidepost.json:
//   {"lint": {"rules": {"short-quote": "off", "untested-clause": "error"}}}
struct Config {
  // Absent: the rule's default. nullopt: off.
  std::map<std::string, std::optional<Severity>, std::less<>> rules;
  bool enabled(std::string_view id) const;
  Severity severity(const RuleInfo& r) const;
};
// Parses a whole guidepost.json. On a mistake returns nullopt and says why.
std::optional<Config> parse_config(std::string_view json, std::string& error);

struct Options {
  // Every exhaustive search stops after this many combinations and says so.
  size_t max_combinations = 100000;
};

// A finding: a diagnostic whose rule is a lint rule id (or, for a policy that
// does not check, the checker's rule id), with the sources its span points
// into.
struct Finding {
  Diagnostic diag;
  std::shared_ptr<const SourceSet> sources;
  bool from_check = false;  // a check diagnostic of a policy that does not check
  std::string path() const;  // the file as the user named it ("" if none)
  std::string canonical() const;
};

struct Result {
  std::vector<Finding> findings;  // sorted by file, line, column, rule
  size_t files = 0;               // entry files linted
  size_t failed_to_check = 0;     // entry files with check errors
  size_t count(Severity s) const;
  // Exit status: 1 when a policy did not check or a finding is at or above
  // `fail_level` (notes never fail), else 0.
  int exit_code(Severity fail_level) const;
};

// Lints one load after another; findings in files that several loads share
// (an imported vocabulary, a policy and its tests) are reported once.
class Linter {
 public:
  explicit Linter(Options options = {});
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;
  // `r` may have failed to check: its diagnostics are then the findings.
  void add(const LoadResult& r, const Config& config = {});
  Result finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience for tests and tools: lint policy text held in memory.
Result lint_text(const std::string& name, std::string text, const Config& config = {},
                 const Options& options = {});

// Output formats. `base_dir` is the folder SARIF URIs are relative to
// (empty: the current folder).
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual std::string render(const Result& r) const = 0;
};
// "text", "json", "sarif" or "github"; null for anything else.
std::unique_ptr<Reporter> make_reporter(std::string_view format, std::string base_dir = {});

}  // namespace guidepost::lint
