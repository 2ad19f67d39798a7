// unused-define: a define in the policy's own files that no condition uses.
// A named condition nobody reads is either dead or, worse, the one a rule
// was meant to use. (Defines of a shared vocabulary are exempt: each policy
// uses its part.)
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

void refs(const Cond& c, std::vector<uint8_t>& used) {
  if (c.kind == Cond::Kind::DefineRef) used[c.index] = 1;
  for (auto& k : c.kids) refs(k, used);
}

class UnusedDefine final : public RuleBase {
 public:
  UnusedDefine()
      : RuleBase({"unused-define", Category::Style, Severity::Warning,
                  "A define that no condition uses"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    std::vector<uint8_t> used(m.defines.size(), 0);
    for (auto& d : m.defines) refs(d.cond, used);
    for (auto& f : m.facts)
      if (f.asked_when) refs(*f.asked_when, used);
    for (auto& b : m.behaviors)
      for (auto& l : b.levels)
        if (l.when) refs(*l.when, used);
    for (auto& [clause, rule] : all_rules(m))
      for (auto& c : rule->conditions) refs(c.cond, used);
    for (size_t d = 0; d < m.defines.size(); ++d)
      if (!used[d] && ctx.is_policy_file(m.defines[d].span.file))
        out.report(m.defines[d].span, "define " + q(m.defines[d].name) + " is never used",
                   "use it in a rule or level, or remove it");
  }
};

}  // namespace

const Rule& rule_unused_define() {
  static const UnusedDefine r;
  return r;
}

}  // namespace guidepost::lint
