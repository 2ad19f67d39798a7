// undecided-incident: an incident that no clause decides. For each behavior
// alone (and for an incident with no behavior), every combination of the
// facts the deciding rules read is tried; where no permit or forbid of
// sro.involve applies and no `require emergency` either, the outcome is
// staff only because nothing is permitted by default: the agreement is
// silent, and counsel should know where.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class UndecidedIncident final : public RuleBase {
 public:
  UndecidedIncident()
      : RuleBase({"undecided-incident", Category::Coverage, Severity::Warning,
                  "An incident that no permit or forbid of sro.involve, and no emergency rule, decides"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    const Plan& p = ctx.plan();
    const AgreementDef& ag = m.agreements.front();
    Span ag_at = ctx.first_line(ag.span);
    std::vector<const RuleDef*> deciding;
    Reads reads;
    for (auto& [clause, rule] : all_rules(m)) {
      bool involve = rule->effect != RuleDef::Effect::Require &&
                     std::find(rule->actions.begin(), rule->actions.end(), SroAction::Involve) !=
                         rule->actions.end();
      bool emergency = std::any_of(rule->duties.begin(), rule->duties.end(),
                                   [](auto& d) { return d.kind == DutyKind::Emergency; });
      if (!involve && !emergency) continue;
      deciding.push_back(rule);
      reads.add(reads_of(m, *rule));
    }
    if (deciding.empty()) {
      out.report(ag_at,
                 "no clause permits or forbids sro.involve or requires emergency: the agreement "
                 "decides no incident",
                 "encode when the SRO is brought in: `permit sro.involve when ...`, "
                 "`forbid sro.involve unless ...`");
      return;
    }
    auto silent = [&](const World& w) {
      Tri t = Tri::True;
      for (auto* r : deciding) {
        t = tri_and(t, tri_not(rule_applies(m, *r, w)));
        if (t == Tri::False) break;
      }
      return t;
    };
    Scratch scratch;
    scratch.size_for(p);
    struct Gap {
      int behavior;  // -1: no behavior
      std::string given, level;
      Span at;
    };
    std::vector<Gap> gaps;
    // -1: the incident with no behavior.
    for (int b = -1; b < static_cast<int>(m.behaviors.size()); ++b) {
      if (b >= 0 && !m.levels.empty() && m.behaviors[b].levels.empty()) continue;  // behavior-without-level
      std::vector<int> present;
      if (b >= 0) present.push_back(b);
      Space space = make_space(m, reads, present, true);
      auto res = search(m, p, space, silent, ctx.budget());
      if (res.status == SearchStatus::Capped) {
        out.capped(ag_at, "incidents no clause decides", ctx.budget());
        continue;
      }
      if (res.status != SearchStatus::Found) continue;
      // The engine must agree: nothing decides involvement, no emergency.
      Incident in = incident_of(m, p, space, res.world);
      CoreDecision d = decide_core(p, in, scratch);
      bool agrees = d.outcome == Outcome::Staff;
      const int inv = static_cast<int>(SroAction::Involve);
      for (auto* list : {&p.permits[inv], &p.forbids[inv], &p.emergencies})
        for (auto& r : *list)
          if (rule_value(p, r, scratch, d.level_lo, d.level_hi) != Tri::False) agrees = false;
      if (!agrees) continue;
      Gap g{b, {}, d.has_level ? "level " + std::to_string(d.level_lo) : "no level", ag_at};
      // Point at the level the policy gave the behavior in this incident.
      if (b >= 0)
        for (auto& l : m.behaviors[b].levels)
          if (l.level == d.level_lo && l.span.known()) g.at = l.span;
      for (size_t f = 0; f < m.facts.size(); ++f)
        if (res.world.known[f])
          g.given += (g.given.empty() ? "" : ", ") + m.facts[f].name + " = " +
                     m.facts[f].format(res.world.value[f]);
      gaps.push_back(std::move(g));
    }
    // Incidents silent for the same reason are one finding.
    std::vector<bool> done(gaps.size(), false);
    const std::string why = "no permit or forbid of sro.involve and no emergency rule applies";
    const std::string help =
        "add a clause that permits or forbids sro.involve here, or record that staff handle "
        "it (`forbid sro.involve when ...`)";
    for (size_t i = 0; i < gaps.size(); ++i) {
      if (done[i]) continue;
      std::vector<const Gap*> group;
      for (size_t j = i; j < gaps.size(); ++j)
        if (!done[j] && gaps[j].given == gaps[i].given) {
          done[j] = true;
          group.push_back(&gaps[j]);
        }
      auto name = [&](const Gap& g) {
        return g.behavior < 0 ? std::string("an incident with no behavior")
                              : q(m.behaviors[g.behavior].name) + " (" + g.level + ")";
      };
      auto example = [&](const Gap& g) {
        std::string e = g.behavior < 0 ? "an incident with no behavior"
                                      : "behaviors " + m.behaviors[g.behavior].name;
        if (!g.given.empty()) e += "; given " + g.given;
        return e;
      };
      if (group.size() == 1) {
        out.report(group[0]->at,
                   "no clause decides SRO involvement for " + name(*group[0]) + ": " + why +
                       " to, e.g., " + example(*group[0]),
                   help);
        continue;
      }
      std::string list;
      const size_t shown = 6;
      for (size_t k = 0; k < group.size() && k < shown; ++k)
        list += (k ? ", " : "") + name(*group[k]);
      if (group.size() > shown) list += " and " + std::to_string(group.size() - shown) + " more";
      // The example names a behavior when one of them has one.
      const Gap* ex = group[0];
      for (auto* g : group)
        if (ex->behavior < 0 && g->behavior >= 0) ex = g;
      out.report(ag_at,
                 "no clause decides SRO involvement for " + std::to_string(group.size()) +
                     " kinds of incident (" + list + "): " + why + " to, e.g., " +
                     example(*ex) +
                     (gaps[i].given.empty() ? std::string()
                                            : "; the others differ only in their behavior"),
                 help);
    }
  }
};

}  // namespace

const Rule& rule_undecided_incident() {
  static const UndecidedIncident r;
  return r;
}

}  // namespace guidepost::lint
