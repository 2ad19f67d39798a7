// guidepost lint: not yet implemented.
#include <iostream>

#include "commands.h"

namespace guidepost::cli {

int run_lint(const LintArgs&) {
  std::cerr << "guidepost lint: not implemented yet\n";
  return kExitUsage;
}

}  // namespace guidepost::cli
