// secure-step-uncovered: a SECURe action step (U.S. ED and DOJ, 2016) that
// no clause of the agreement covers, by the clause kinds of `guidepost
// rubric`.
#include "guidepost/rubric.h"
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class SecureStepUncovered final : public RuleBase {
 public:
  SecureStepUncovered()
      : RuleBase({"secure-step-uncovered", Category::Coverage, Severity::Warning,
                  "A SECURe action step that no clause of the agreement covers"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    if (m.agreements.empty()) return;
    Rubric r = rubric_of(m);
    Span at = ctx.first_line(m.agreements.front().span);
    for (auto& step : r.steps) {
      if (step.covered()) continue;
      std::string kinds;
      for (auto& k : step.kinds) kinds += (kinds.empty() ? "" : ", ") + k;
      out.report(at, "no clause covers " + step.id + " (" + step.title + ")",
                 "a clause of kind " + kinds + " would cover it; `guidepost rubric` lists the gaps");
    }
  }
};

}  // namespace

const Rule& rule_secure_step_uncovered() {
  static const SecureStepUncovered r;
  return r;
}

}  // namespace guidepost::lint
