// level-never-raises: a conditional level at or below the behavior's base
// level. The highest applicable level wins, so it never changes anything;
// usually the numbers were swapped.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class LevelNeverRaises final : public RuleBase {
 public:
  LevelNeverRaises()
      : RuleBase({"level-never-raises", Category::Bugs, Severity::Warning,
                  "A conditional level at or below the behavior's base level"}) {}

  void check(const Context& ctx, Sink& out) const override {
    for (auto& b : ctx.model().behaviors) {
      const BehaviorLevel* base = nullptr;
      for (auto& l : b.levels)
        if (!l.when) base = &l;
      if (!base) continue;
      for (auto& l : b.levels)
        if (l.when && l.level <= base->level)
          out.report(l.span,
                     "level " + std::to_string(l.level) + " of " + q(b.name) +
                         " never applies: the base level " + std::to_string(base->level) +
                         " is as high, and the highest level wins",
                     "raise it above the base level, or lower the base level");
    }
  }
};

}  // namespace

const Rule& rule_level_never_raises() {
  static const LevelNeverRaises r;
  return r;
}

}  // namespace guidepost::lint
