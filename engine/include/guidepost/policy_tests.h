// Running a policy's own tests: each test is an incident and the outcomes
// counsel and principals expect of it.
#pragma once

#include <string>
#include <vector>

#include "guidepost/explain.h"

namespace guidepost {

struct TestFailure {
  std::string what;  // "outcome", "level", "sro.arrest", "required", "clauses"
  std::string expected, actual;
  Span span;
};

struct TestResult {
  const TestDef* test = nullptr;
  std::vector<TestFailure> failures;
  Decision decision;
  bool passed() const { return failures.empty(); }
};

struct TestRun {
  std::vector<TestResult> results;
  std::vector<std::string> untested_clauses;    // no rule of theirs applied in any test
  std::vector<std::string> untested_behaviors;  // in no test's incident
  size_t failed() const;
};

// The test's incident: its behaviors and given facts, plus what its
// description says (given wins).
Incident incident_of(const Plan& plan, const TestDef& t);
TestRun run_policy_tests(const Plan& plan, ExplainDepth depth = ExplainDepth::Summary);

}  // namespace guidepost
