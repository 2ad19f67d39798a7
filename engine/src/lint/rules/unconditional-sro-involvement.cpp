// unconditional-sro-involvement: `permit sro.involve` with no condition.
// Every incident, down to a dress-code violation, would bring in the SRO
// unless some forbid stops it.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class UnconditionalSroInvolvement final : public RuleBase {
 public:
  UnconditionalSroInvolvement()
      : RuleBase({"unconditional-sro-involvement", Category::Safety, Severity::Error,
                  "A permit of sro.involve with no condition"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& [clause, rule] : all_rules(ctx.model())) {
      if (rule->effect != RuleDef::Effect::Permit || !rule->conditions.empty()) continue;
      if (std::find(rule->actions.begin(), rule->actions.end(), SroAction::Involve) ==
          rule->actions.end())
        continue;
      out.report(ctx.first_line(rule->span),
                 "clause " + clause->number +
                     " permits SRO involvement in every incident: the permit has no condition",
                 "say when the SRO may be brought in: permit sro.involve when ...");
    }
  }
};

}  // namespace

const Rule& rule_unconditional_sro_involvement() {
  static const UnconditionalSroInvolvement r;
  return r;
}

}  // namespace guidepost::lint
