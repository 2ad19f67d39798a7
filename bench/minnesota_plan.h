// The bundled Minnesota model, loaded and compiled once, for benchmarks.
#pragma once

#include <memory>

#include "guidepost/plan.h"

namespace guidepost::bench {

// Null when the policy does not load (the benchmark then reports an error).
std::shared_ptr<const Plan> minnesota_plan();

}  // namespace guidepost::bench
