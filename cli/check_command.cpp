// guidepost check PATH...: load and check policies; print diagnostics.
#include <iostream>
#include <set>
#include <tuple>

#include "commands.h"
#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace guidepost::cli {

int run_check(const CheckArgs& args) {
  Diagnostics listing;  // folders that could not be read
  std::vector<std::string> files;
  for (auto& p : args.paths)
    for (auto& f : expand_policy_paths(p, listing)) files.push_back(f);

  LoadOptions opts;
  opts.root = args.root;
  size_t errors = 0, warnings = 0;
  std::set<std::tuple<std::string, uint32_t, uint32_t, std::string, std::string>> seen;
  std::vector<std::string> out;
  SourceSet none;
  auto emit = [&](const Diagnostic& d, const SourceSet& sources) {
    const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
    // An imported file's problems are reported once, not once per importer.
    auto key = std::make_tuple(f ? f->canonical : d.path, d.span.line, d.span.col, d.rule,
                               d.message);
    if (!seen.insert(key).second) return;
    (d.severity == Severity::Error ? errors : warnings)++;
    out.push_back(args.format == "json" ? render_json(d, sources) : render_text(d, sources));
  };
  for (auto& d : listing.items()) emit(d, none);
  for (auto& f : files) {
    LoadResult r = load_policy(f, opts);
    for (auto& d : r.diagnostics.items()) emit(d, *r.sources);
  }

  if (args.format == "json") {
    std::cout << "{\"files_checked\":" << files.size() << ",\"errors\":" << errors
              << ",\"warnings\":" << warnings << ",\"diagnostics\":[";
    for (size_t i = 0; i < out.size(); ++i) std::cout << (i ? "," : "") << out[i];
    std::cout << "]}\n";
  } else {
    for (auto& s : out) std::cout << s << "\n";
    std::cout << "checked " << files.size() << (files.size() == 1 ? " file" : " files") << ": "
              << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
  }
  if (errors || (args.werror && warnings)) return kExitFindings;
  return kExitOk;
}

}  // namespace guidepost::cli
