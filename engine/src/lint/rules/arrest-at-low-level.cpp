// arrest-at-low-level: a permit that lets the SRO arrest or restrain a
// student in an incident of level 1, 2 or 3, where no forbid stops it. The
// low levels are school-rule matters in most codes; an arrest there is what
// SRO agreements are written to prevent.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

constexpr int64_t kHighestLowLevel = 3;

class ArrestAtLowLevel final : public RuleBase {
 public:
  ArrestAtLowLevel()
      : RuleBase({"arrest-at-low-level", Category::Safety, Severity::Warning,
                  "SRO arrest or restraint permitted in an incident at level 1 to 3"}) {}

  bool applies(const Context& ctx) const override {
    return ctx.has_agreement() && !ctx.model().levels.empty();
  }

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    const Plan& p = ctx.plan();
    auto rules = all_rules(m);
    Scratch scratch;
    scratch.size_for(p);
    for (auto& [clause, rule] : rules) {
      if (rule->effect != RuleDef::Effect::Permit) continue;
      std::string acts, example;
      for (auto action : rule->actions) {
        if (action != SroAction::Arrest && action != SroAction::Restrain) continue;
        std::vector<const RuleDef*> forbids;
        Reads reads = reads_of(m, *rule);
        for (auto& r : rules)
          if (r.rule->effect == RuleDef::Effect::Forbid &&
              std::find(r.rule->actions.begin(), r.rule->actions.end(), action) !=
                  r.rule->actions.end()) {
            forbids.push_back(r.rule);
            reads.add(reads_of(m, *r.rule));
          }
        reads.level = true;
        Space space = make_space(m, reads);
        auto res = search(
            m, p, space,
            [&](const World& w) {
              Tri t = Tri::Unknown;
              if (w.level_known) t = w.level >= 1 && w.level <= kHighestLowLevel ? Tri::True : Tri::False;
              else if (w.level_lo > kHighestLowLevel) t = Tri::False;
              t = tri_and(t, rule_applies(m, *rule, w));
              for (auto* f : forbids) {
                if (t == Tri::False) break;
                t = tri_and(t, tri_not(rule_applies(m, *f, w)));
              }
              return t;
            },
            ctx.budget());
        Span at = ctx.first_line(rule->span);
        if (res.status == SearchStatus::Capped) {
          out.capped(at, "low-level incidents where " + q(rule_head(m, *rule)) + " takes effect",
                     ctx.budget());
          continue;
        }
        if (res.status != SearchStatus::Found) continue;
        // The engine must agree.
        CoreDecision d = decide_core(p, incident_of(m, p, space, res.world), scratch);
        if (d.actions[static_cast<int>(action)] != ActionState::Permitted || !d.has_level ||
            d.level_hi > kHighestLowLevel)
          continue;
        acts += (acts.empty() ? "sro." : " and sro.") + std::string(sro_action_name(action));
        if (example.empty()) example = describe_world(m, res.world);
      }
      if (acts.empty()) continue;
      out.report(ctx.first_line(rule->span),
                 "clause " + clause->number + " permits " + acts +
                     " in an incident at level 3 or below, e.g. " + example,
                 "limit it to the serious levels (`unless level <= 3`), or add a forbid for "
                 "the low levels; if the agreement means it, say why in a suppression");
    }
  }
};

}  // namespace

const Rule& rule_arrest_at_low_level() {
  static const ArrestAtLowLevel r;
  return r;
}

}  // namespace guidepost::lint
