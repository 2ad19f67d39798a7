// A large synthetic policy for load benchmarks: shaped like the real ones
// (the shared vocabulary's kinds of facts, behaviors with conditional
// levels and terms, clauses with rules over them), only many more.
#pragma once

#include <string>

namespace guidepost::bench {

std::string generated_policy(int behaviors, int clauses);

}  // namespace guidepost::bench
