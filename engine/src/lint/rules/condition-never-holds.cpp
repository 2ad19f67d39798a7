// condition-never-holds: a clause rule, a conditional level or a define
// whose condition is false in every incident. The rule never applies, the
// level is never reached, the define is always false.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class ConditionNeverHolds final : public RuleBase {
 public:
  ConditionNeverHolds()
      : RuleBase({"condition-never-holds", Category::Bugs, Severity::Error,
                  "A rule, conditional level or define whose condition can never hold"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    auto never = [&](const Space& s, const std::function<Tri(const World&)>& pred, Span at,
                     const std::string& what) {
      auto r = search(m, ctx.plan(), s, pred, ctx.budget());
      if (r.status == SearchStatus::Capped) out.capped(at, "incidents where " + what + " holds", ctx.budget());
      return r.status == SearchStatus::None;
    };
    for (auto& [clause, rule] : all_rules(m)) {
      if (rule->conditions.empty()) continue;
      Span at = ctx.first_line(rule->span);
      std::string head = rule_head(m, *rule);
      if (never(make_space(m, reads_of(m, *rule)),
                [&](const World& w) { return rule_applies(m, *rule, w); }, at, q(head)))
        out.report(at,
                   q(head) + " in clause " + clause->number +
                       " never applies: no incident meets its conditions",
                   "check each `when` and `unless`: one of them rules out every incident");
    }
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      for (auto& l : m.behaviors[b].levels) {
        if (!l.when) continue;
        Reads r;
        collect_reads(m, *l.when, r);
        // The behavior is present whenever its level is worked out.
        if (never(make_space(m, r, {static_cast<int>(b)}),
                  [&](const World& w) { return eval(m, *l.when, w); }, l.span,
                  "level " + std::to_string(l.level) + " of " + q(m.behaviors[b].name)))
          out.report(l.span,
                     "level " + std::to_string(l.level) + " of " + q(m.behaviors[b].name) +
                         " is never reached: its condition cannot hold for an incident of " +
                         q(m.behaviors[b].name),
                     "fix the condition, or remove the level");
      }
    for (auto& d : m.defines) {
      Reads r;
      collect_reads(m, d.cond, r);
      if (never(make_space(m, r), [&](const World& w) { return eval(m, d.cond, w); }, d.span,
                "define " + q(d.name)))
        out.report(d.span, "define " + q(d.name) + " is false for every incident",
                   "fix the condition; every rule that uses it is dead");
    }
  }
};

}  // namespace

const Rule& rule_condition_never_holds() {
  static const ConditionNeverHolds r;
  return r;
}

}  // namespace guidepost::lint
