// behavior-without-terms: a behavior with no recognition terms. A plain-
// English description can never name it, so incidents described in words
// silently miss it.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class BehaviorWithoutTerms final : public RuleBase {
 public:
  BehaviorWithoutTerms()
      : RuleBase({"behavior-without-terms", Category::Coverage, Severity::Warning,
                  "A behavior with no recognition terms: descriptions can never name it"}) {}

  void check(const Context& ctx, Sink& out) const override {
    for (auto& b : ctx.model().behaviors)
      if (b.terms.empty())
        out.report(b.span,
                   "behavior " + q(b.name) + " has no recognition terms: no description can name it",
                   "add the words staff use for it: terms \"...\", \"...\"");
  }
};

}  // namespace

const Rule& rule_behavior_without_terms() {
  static const BehaviorWithoutTerms r;
  return r;
}

}  // namespace guidepost::lint
