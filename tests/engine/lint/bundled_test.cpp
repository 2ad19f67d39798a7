// The bundled policies: each lints quickly, every exhaustive search finishes
// (no "stopped after" note), and linting is deterministic.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include "guidepost/lint.h"
#include "guidepost/policy.h"

namespace guidepost::lint {
namespace {

const std::string kPolicies = std::string(GUIDEPOST_SOURCE_DIR) + "/policies";

Config bundled_config() {
  std::ifstream in(kPolicies + "/guidepost.json");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string err;
  auto c = parse_config(ss.str(), err);
  EXPECT_TRUE(c) << err;
  return c ? *c : Config{};
}

std::vector<std::string> bundled_files() {
  Diagnostics d;
  auto files = expand_policy_paths(kPolicies, d);
  EXPECT_FALSE(d.has_errors());
  EXPECT_GE(files.size(), 5u);
  return files;
}

TEST(LintBundled, EachPolicyLintsWellUnderASecond) {
  Config c = bundled_config();
  for (auto& f : bundled_files()) {
    auto start = std::chrono::steady_clock::now();
    LoadResult r = load_policy(f);
    ASSERT_TRUE(r.ok()) << f;
    Linter l;
    l.add(r, c);
    Result res = l.finish();
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(s, 1.0) << f;
    EXPECT_EQ(res.failed_to_check, 0u) << f;
    EXPECT_EQ(res.count(Severity::Note), 0u) << f << ": a search was capped";
  }
}

TEST(LintBundled, TheFolderLintsOnceAndTheSameEveryTime) {
  Config c = bundled_config();
  auto run = [&] {
    Linter l;
    for (auto& f : bundled_files()) l.add(load_policy(f), c);
    return l.finish();
  };
  Result a = run(), b = run();
  ASSERT_EQ(a.findings.size(), b.findings.size());
  std::set<std::string> keys;
  for (size_t i = 0; i < a.findings.size(); ++i) {
    EXPECT_EQ(a.findings[i].diag.message, b.findings[i].diag.message);
    EXPECT_EQ(a.findings[i].path(), b.findings[i].path());
    // A file that several policies read is reported once.
    std::string key = a.findings[i].canonical() + ":" + std::to_string(a.findings[i].diag.span.line) + ":" +
                      std::to_string(a.findings[i].diag.span.col) + a.findings[i].diag.rule +
                      a.findings[i].diag.message;
    EXPECT_TRUE(keys.insert(key).second) << key;
  }
  std::string sarif = make_reporter("sarif", GUIDEPOST_SOURCE_DIR)->render(a);
  EXPECT_EQ(sarif.find(GUIDEPOST_SOURCE_DIR), std::string::npos) << "SARIF must not hold machine paths";
}

}  // namespace
}  // namespace guidepost::lint
