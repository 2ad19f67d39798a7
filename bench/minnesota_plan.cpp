#include "minnesota_plan.h"

#include <string>

#include "guidepost/policy.h"

namespace guidepost::bench {

std::shared_ptr<const Plan> minnesota_plan() {
  static auto p = []() -> std::shared_ptr<const Plan> {
    auto r = load_policy(std::string(GUIDEPOST_SOURCE_DIR) +
                         "/policies/minnesota-model/minnesota-model.policy");
    return r.ok() ? compile_plan(r.model) : nullptr;
  }();
  return p;
}

}  // namespace guidepost::bench
