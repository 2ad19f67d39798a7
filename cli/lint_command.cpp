// guidepost lint PATH...: lint policies; print findings as text, JSON, SARIF
// or GitHub workflow annotations.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "commands.h"
#include "guidepost/lint.h"
#include "guidepost/policy.h"

namespace fs = std::filesystem;

namespace guidepost::cli {

namespace {

// The folder imports are confined to, as load_policy finds it: the nearest
// folder above the file that holds guidepost.json.
fs::path config_file_for(const std::string& policy) {
  std::error_code ec;
  fs::path dir = fs::absolute(policy, ec).parent_path();
  for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
    if (fs::exists(d / "guidepost.json", ec)) return d / "guidepost.json";
    if (d == d.parent_path()) break;
  }
  return {};
}

std::optional<lint::Config> read_config(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "guidepost lint: cannot read " << file.string() << "\n";
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string error;
  auto c = lint::parse_config(ss.str(), error);
  if (!c) std::cerr << "guidepost lint: " << file.string() << ": " << error << "\n";
  return c;
}

}  // namespace

int run_lint(const LintArgs& args) {
  auto reporter = lint::make_reporter(args.format);
  if (!reporter) {
    std::cerr << "guidepost lint: unknown format `" << args.format << "`\n";
    return kExitUsage;
  }
  Severity fail_level = args.fail_level == "warning" ? Severity::Warning : Severity::Error;

  std::vector<std::string> files;
  for (auto& p : args.paths) {
    Diagnostics listing;
    auto found = expand_policy_paths(p, listing);
    for (auto& d : listing.items()) {
      std::cerr << "guidepost lint: " << (d.path.empty() ? p : d.path) << ": " << d.message
                << "\n";
      return kExitUsage;
    }
    files.insert(files.end(), found.begin(), found.end());
  }

  std::optional<lint::Config> given;
  if (!args.config.empty()) {
    std::error_code ec;
    if (!fs::is_regular_file(args.config, ec)) {
      std::cerr << "guidepost lint: no such configuration file: " << args.config << "\n";
      return kExitUsage;
    }
    given = read_config(args.config);
    if (!given) return kExitUsage;
  }
  std::map<std::string, lint::Config> by_file;  // guidepost.json at each policies root

  lint::Linter linter;
  for (auto& f : files) {
    lint::Config config;
    if (given) {
      config = *given;
    } else if (fs::path cf = config_file_for(f); !cf.empty()) {
      auto it = by_file.find(cf.string());
      if (it == by_file.end()) {
        auto c = read_config(cf);
        if (!c) return kExitUsage;
        it = by_file.emplace(cf.string(), *c).first;
      }
      config = it->second;
    }
    linter.add(load_policy(f), config);
  }
  lint::Result result = linter.finish();
  std::cout << reporter->render(result);
  return result.exit_code(fail_level);
}

}  // namespace guidepost::cli
