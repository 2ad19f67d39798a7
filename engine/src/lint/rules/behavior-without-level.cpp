// behavior-without-level: a behavior that a policy with levels never places
// on one. An incident of it alone has no level, so every condition on
// `level` is false for it, including a `forbid ... when level <= 3` meant to
// keep low-level conduct away from the SRO.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class BehaviorWithoutLevel final : public RuleBase {
 public:
  BehaviorWithoutLevel()
      : RuleBase({"behavior-without-level", Category::Bugs, Severity::Error,
                  "A behavior with no level in a policy that has levels"}) {}

  bool applies(const Context& ctx) const override { return !ctx.model().levels.empty(); }

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    if (m.levels.empty()) return;
    for (auto& b : m.behaviors) {
      if (!b.levels.empty()) continue;
      // A shared vocabulary's behavior: report it in the policy that leaves
      // it without a level.
      Span at = b.span;
      if (!ctx.is_policy_file(b.span.file)) {
        at = m.info.span.known() && ctx.is_policy_file(m.info.span.file)
                 ? m.info.span
                 : ctx.first_line(m.levels.front().span);
      }
      std::string who = m.info.id.empty() ? "the policy" : "policy " + q(m.info.id);
      out.report(at,
                 "behavior " + q(b.name) + " has no level in " + who +
                     ": an incident of it alone has no level, and no condition on `level` "
                     "applies to it",
                 "place it: extend behavior " + b.name + " { level N }");
    }
  }
};

}  // namespace

const Rule& rule_behavior_without_level() {
  static const BehaviorWithoutLevel r;
  return r;
}

}  // namespace guidepost::lint
