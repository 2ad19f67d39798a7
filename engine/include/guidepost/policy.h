// Loading a policy: read the entry file and its imports, parse, check, and
// return the resolved model or the diagnostics that stopped it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "guidepost/diagnostic.h"
#include "guidepost/model.h"
#include "guidepost/parse.h"

namespace guidepost {

struct LoadOptions {
  // Imports may not leave this folder. Empty: the nearest folder above the
  // entry file that holds `guidepost.json`, else the entry file's folder.
  std::string root;
  ParseOptions parse;
};

struct LoadResult {
  std::shared_ptr<SourceSet> sources = std::make_shared<SourceSet>();
  Diagnostics diagnostics;
  std::shared_ptr<const Model> model;  // null when an error was found
  std::vector<std::string> files;      // every file read, entry first
  bool ok() const { return model != nullptr; }
};

LoadResult load_policy(const std::string& path, const LoadOptions& options = {});

// Same, from text in memory (tests, tools); imports resolve against `root`.
LoadResult load_policy_text(const std::string& name, std::string text,
                            const LoadOptions& options = {});

// The policy files under a folder (recursively, *.policy, sorted), or the
// path itself when it is a file. Unreadable entries become diagnostics.
std::vector<std::string> expand_policy_paths(const std::string& path,
                                             Diagnostics& diags);

}  // namespace guidepost
