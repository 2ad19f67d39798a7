// condition-always-holds: a clause rule, a conditional level or a define
// whose condition is true in every incident, so it says nothing.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class ConditionAlwaysHolds final : public RuleBase {
 public:
  ConditionAlwaysHolds()
      : RuleBase({"condition-always-holds", Category::Bugs, Severity::Warning,
                  "A rule, conditional level or define whose condition holds for every incident"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    // True when no world makes the condition false.
    auto always = [&](const Space& s, const std::function<Tri(const World&)>& cond, Span at,
                      const std::string& what) {
      auto r = search(m, ctx.plan(), s, [&](const World& w) { return tri_not(cond(w)); },
                      ctx.budget());
      if (r.status == SearchStatus::Capped)
        out.capped(at, "incidents where " + what + " does not hold", ctx.budget());
      return r.status == SearchStatus::None;
    };
    for (auto& [clause, rule] : all_rules(m)) {
      if (rule->conditions.empty()) continue;  // no condition: meant to always apply
      Span at = ctx.first_line(rule->span);
      std::string head = rule_head(m, *rule);
      if (always(make_space(m, reads_of(m, *rule)),
                 [&](const World& w) { return rule_applies(m, *rule, w); }, at, q(head)))
        out.report(at,
                   "the conditions of " + q(head) + " in clause " + clause->number +
                       " hold for every incident",
                   "drop the conditions if the rule is meant to always apply; otherwise one "
                   "of them is wider than intended");
    }
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      for (auto& l : m.behaviors[b].levels) {
        if (!l.when) continue;
        Reads r;
        collect_reads(m, *l.when, r);
        if (always(make_space(m, r, {static_cast<int>(b)}),
                   [&](const World& w) { return eval(m, *l.when, w); }, l.span,
                   "level " + std::to_string(l.level) + " of " + q(m.behaviors[b].name)))
          out.report(l.span,
                     "the condition of level " + std::to_string(l.level) + " of " +
                         q(m.behaviors[b].name) + " holds for every incident of it",
                     "make it the base level (`level " + std::to_string(l.level) +
                         "`), or fix the condition");
      }
    for (auto& d : m.defines) {
      Reads r;
      collect_reads(m, d.cond, r);
      if (always(make_space(m, r), [&](const World& w) { return eval(m, d.cond, w); }, d.span,
                 "define " + q(d.name)))
        out.report(d.span, "define " + q(d.name) + " is true for every incident",
                   "fix the condition; a condition that always holds decides nothing");
    }
  }
};

}  // namespace

const Rule& rule_condition_always_holds() {
  static const ConditionAlwaysHolds r;
  return r;
}

}  // namespace guidepost::lint
