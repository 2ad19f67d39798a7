// One function per subcommand; main.cpp parses arguments and calls them.
#pragma once

#include <string>
#include <vector>

namespace guidepost::cli {

// Exit statuses shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // errors found, tests failed, ...
inline constexpr int kExitUsage = 2;

struct CheckArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string root;
  bool werror = false;
};
int run_check(const CheckArgs& args);

struct EvalArgs {
  std::string policy;
  std::string input = "-";
  std::string format = "json";
  std::string explain = "summary";  // none|summary|fails|full
  bool jsonl = false;
  int threads = 0;  // 0: one per core
  std::string text, text_file;  // a plain-English description instead of JSON
};
int run_eval(const EvalArgs& args);

struct TestArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string explain = "summary";
  bool coverage = false;
};
int run_test(const TestArgs& args);

struct RubricArgs {
  std::string policy;
  std::string format = "text";
};
int run_rubric(const RubricArgs& args);

struct CorpusArgs {
  std::string policy, file;
  bool verbose = false;
};
int run_corpus(const CorpusArgs& args);

struct FmtArgs {
  std::vector<std::string> paths;
  bool check = false;  // exit 1 and name the files that would change
  bool diff = false;   // print a unified diff instead of rewriting
};
int run_fmt(const FmtArgs& args);

struct LintArgs {
  std::vector<std::string> paths;
  std::string format = "text";       // text | json | sarif | github
  std::string fail_level = "error";  // error | warning
  std::string config;                // default: guidepost.json at the policies root
};
int run_lint(const LintArgs& args);

struct RenderArgs {
  std::string policy;
  std::string format = "md";
};
int run_render(const RenderArgs& args);

struct DiffArgs {
  std::string old_policy, new_policy;
  std::string format = "text";  // text | json | md
};
int run_diff(const DiffArgs& args);

struct AnalyzeArgs {
  std::string policy;
  std::string format = "text";
};
int run_analyze(const AnalyzeArgs& args);

}  // namespace guidepost::cli
