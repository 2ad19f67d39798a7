// permit-always-overridden: a permit that some forbid for the same action
// overrides in every incident where the permit applies. The permit can never
// take effect; usually a forbid is wider than its author meant.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class PermitAlwaysOverridden final : public RuleBase {
 public:
  PermitAlwaysOverridden()
      : RuleBase({"permit-always-overridden", Category::Bugs, Severity::Warning,
                  "A permit that a forbid for the same action overrides whenever it applies"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    auto rules = all_rules(m);
    for (auto& [clause, rule] : rules) {
      if (rule->effect != RuleDef::Effect::Permit) continue;
      Reads own = reads_of(m, *rule);
      // Does the permit apply anywhere at all? If not, condition-never-holds
      // says so.
      auto alone = search(m, ctx.plan(), make_space(m, own),
                          [&](const World& w) { return rule_applies(m, *rule, w); }, ctx.budget());
      Span at = ctx.first_line(rule->span);
      if (alone.status == SearchStatus::Capped) {
        out.capped(at, "incidents where " + q(rule_head(m, *rule)) + " applies", ctx.budget());
        continue;
      }
      if (alone.status != SearchStatus::Found) continue;
      for (auto action : rule->actions) {
        std::vector<RuleRef> forbids;
        Reads reads = own;
        for (auto& r : rules)
          if (r.rule->effect == RuleDef::Effect::Forbid &&
              std::find(r.rule->actions.begin(), r.rule->actions.end(), action) !=
                  r.rule->actions.end()) {
            forbids.push_back(r);
            reads.add(reads_of(m, *r.rule));
          }
        if (forbids.empty()) continue;
        // A world where the permit applies and no forbid does.
        auto res = search(
            m, ctx.plan(), make_space(m, reads),
            [&](const World& w) {
              Tri t = rule_applies(m, *rule, w);
              for (auto& f : forbids) {
                if (t == Tri::False) break;
                t = tri_and(t, tri_not(rule_applies(m, *f.rule, w)));
              }
              return t;
            },
            ctx.budget());
        std::string act = std::string("sro.") + sro_action_name(action);
        if (res.status == SearchStatus::Capped) {
          out.capped(at, "incidents where " + q(rule_head(m, *rule)) + " takes effect",
                     ctx.budget());
          continue;
        }
        if (res.status == SearchStatus::Found) continue;
        std::string by;
        for (auto& f : forbids) {
          std::string n = "clause " + f.clause->number;
          if (by.find(n) == std::string::npos) by += (by.empty() ? "" : ", ") + n;
        }
        out.report(at,
                   "the permit of " + act + " in clause " + clause->number +
                       " never takes effect: wherever it applies, a forbid of " + act +
                       " applies too (" + by + ")",
                   "narrow the forbid with `unless`, or remove the permit if the agreement "
                   "really never allows " + act + " there");
      }
    }
  }
};

}  // namespace

const Rule& rule_permit_always_overridden() {
  static const PermitAlwaysOverridden r;
  return r;
}

}  // namespace guidepost::lint
