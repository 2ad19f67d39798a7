// kind-without-rule: the agreement classifies a clause under a kind that
// governs an SRO action (ARREST-01/02/03: arrest; FORCE-01: restraint;
// QUEST-01: questioning; SEARCH-01: searches; EMERG-01: emergencies), but no
// rule anywhere in the policy decides that action. The rubric shows the kind
// covered; the policy decides nothing about it.
#include "guidepost/rubric.h"
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

struct Need {
  std::vector<std::string> kinds;
  std::optional<SroAction> action;  // nullopt: require emergency
  std::string what;
};

class KindWithoutRule final : public RuleBase {
 public:
  KindWithoutRule()
      : RuleBase({"kind-without-rule", Category::Coverage, Severity::Warning,
                  "A clause kind about an SRO action (arrest, force, ...) with no rule deciding that action"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    static const std::vector<Need> needs = {
        {{"ARREST-01", "ARREST-02", "ARREST-03"}, SroAction::Arrest, "permits or forbids sro.arrest"},
        {{"FORCE-01"}, SroAction::Restrain, "permits or forbids sro.restrain"},
        {{"QUEST-01"}, SroAction::Question, "permits or forbids sro.question"},
        {{"SEARCH-01"}, SroAction::Search, "permits or forbids sro.search"},
        {{"EMERG-01"}, std::nullopt, "requires emergency"},
    };
    const Model& m = ctx.model();
    auto rules = all_rules(m);
    for (auto& need : needs) {
      const ClauseDef* first = nullptr;
      std::string kind;
      for (auto& a : m.agreements)
        for (auto& c : a.clauses)
          for (auto& k : c.kinds)
            if (!first && std::find(need.kinds.begin(), need.kinds.end(), k) != need.kinds.end()) {
              first = &c;
              kind = k;
            }
      if (!first) continue;
      bool decided = std::any_of(rules.begin(), rules.end(), [&](const RuleRef& r) {
        if (need.action)
          return r.rule->effect != RuleDef::Effect::Require &&
                 std::find(r.rule->actions.begin(), r.rule->actions.end(), *need.action) !=
                     r.rule->actions.end();
        return std::any_of(r.rule->duties.begin(), r.rule->duties.end(),
                           [](auto& d) { return d.kind == DutyKind::Emergency; });
      });
      if (decided) continue;
      const ClauseKindInfo* info = clause_kind_info(kind);
      out.report(first->span,
                 "clause " + first->number + " is classified " + kind +
                     (info ? " (" + info->title + ")" : std::string()) +
                     ", but no rule in the policy " + need.what,
                 "encode the clause's rule, or drop the kind if the clause does not govern it");
    }
  }
};

}  // namespace

const Rule& rule_kind_without_rule() {
  static const KindWithoutRule r;
  return r;
}

}  // namespace guidepost::lint
