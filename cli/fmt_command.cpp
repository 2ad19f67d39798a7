// guidepost fmt PATH... [--check] [--diff]: rewrite policies in the canonical
// layout (docs/format.md), or say what that would change.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

#include "commands.h"
#include "guidepost/format.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost::cli {

namespace {

namespace fs = std::filesystem;

void report_io(const std::string& path, const std::string& message) {
  Diagnostic d;
  d.rule = "io-error";
  d.message = message;
  d.path = path;
  std::cerr << render_text(d, SourceSet{});
}

bool read_file(const std::string& path, std::string& text) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    report_io(path, "is a folder");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report_io(path, fs::exists(path, ec) ? "cannot read the file" : "no such file");
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    report_io(path, "cannot read the file");
    return false;
  }
  text = ss.str();
  return true;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    report_io(path, "cannot write the file");
    return false;
  }
  return true;
}

}  // namespace

int run_fmt(const FmtArgs& args) {
  // Every path must name something: a mistyped path is a usage error, and
  // nothing is formatted.
  Diagnostics listing;
  std::vector<std::string> files;
  std::set<std::string> seen;
  for (auto& p : args.paths) {
    for (auto& f : expand_policy_paths(p, listing)) {
      std::error_code ec;
      auto key = fs::weakly_canonical(f, ec).string();
      if (seen.insert(ec ? f : key).second) files.push_back(f);
    }
  }
  for (auto& d : listing.items()) std::cerr << render_text(d, SourceSet{});
  if (listing.has_errors()) return kExitUsage;

  bool failed = false, would_change = false;
  for (auto& f : files) {
    std::string text;
    if (!read_file(f, text)) {
      failed = true;
      continue;
    }
    FormatResult r = format_policy(f, text);
    if (!r.ok) {
      for (auto& d : r.diags.items()) std::cerr << render_text(d, *r.sources);
      failed = true;
      continue;
    }
    if (!r.changed) continue;
    would_change = true;
    if (args.diff) {
      std::cout << unified_diff("a/" + f, "b/" + f, text, r.text);
    } else if (args.check) {
      std::cout << f << "\n";
    } else if (!write_file(f, r.text)) {
      failed = true;
    }
  }
  std::cout.flush();
  if (failed) return kExitFindings;
  if (args.check && would_change) return kExitFindings;
  return kExitOk;
}

}  // namespace guidepost::cli
