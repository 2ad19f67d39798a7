// guidepost fmt: not yet implemented.
#include <iostream>

#include "commands.h"

namespace guidepost::cli {

int run_fmt(const FmtArgs&) {
  std::cerr << "guidepost fmt: not implemented yet\n";
  return kExitUsage;
}

}  // namespace guidepost::cli
