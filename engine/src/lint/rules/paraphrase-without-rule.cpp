// paraphrase-without-rule: a paraphrased clause classified under a kind that
// decides what happens in an incident (the SRO's role, referral, arrest,
// force, questioning, searches, emergencies) but with no rule. It only
// documents: nothing in the policy enforces it, yet the rubric counts it.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

bool decides_incidents(const std::string& kind) {
  static const std::vector<std::string> kinds = {
      "ROLE-01", "ROLE-02", "ROLE-04", "ROLE-05", "EMERG-01", "EMERG-02", "EMERG-03",
      "ARREST-01", "ARREST-02", "ARREST-03", "FORCE-01", "FORCE-03", "QUEST-01", "SEARCH-01"};
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

class ParaphraseWithoutRule final : public RuleBase {
 public:
  ParaphraseWithoutRule()
      : RuleBase({"paraphrase-without-rule", Category::Coverage, Severity::Warning,
                  "A paraphrased clause of an incident-deciding kind with no rule: documentation only"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& a : ctx.model().agreements)
      for (auto& c : a.clauses) {
        if (c.mode != ClauseDef::Mode::Paraphrase || !c.rules.empty()) continue;
        std::string kinds;
        for (auto& k : c.kinds)
          if (decides_incidents(k)) kinds += (kinds.empty() ? "" : ", ") + k;
        if (kinds.empty()) continue;
        out.report(c.span,
                   "clause " + c.number + " is classified " + kinds +
                       " but has no rule: it documents the agreement without deciding anything",
                   "encode it (permit, forbid or require), or say in a comment why it cannot be");
      }
  }
};

}  // namespace

const Rule& rule_paraphrase_without_rule() {
  static const ParaphraseWithoutRule r;
  return r;
}

}  // namespace guidepost::lint
