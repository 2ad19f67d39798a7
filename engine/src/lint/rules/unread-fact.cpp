// unread-fact: a fact in the policy's own files that no condition reads (no
// rule, level, define or `asked when`). Whatever an incident says about it
// changes nothing: a rule that should read it probably reads something else.
// (Facts of a shared vocabulary are exempt: each policy reads its part.)
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

void reads(const Cond& c, std::vector<uint8_t>& read) {
  if (c.kind == Cond::Kind::FactCmp || c.kind == Cond::Kind::FactIn) read[c.index] = 1;
  for (auto& k : c.kids) reads(k, read);
}

class UnreadFact final : public RuleBase {
 public:
  UnreadFact()
      : RuleBase({"unread-fact", Category::Style, Severity::Warning,
                  "A fact that no condition reads"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    std::vector<uint8_t> read(m.facts.size(), 0);
    for (auto& d : m.defines) reads(d.cond, read);
    for (auto& f : m.facts)
      if (f.asked_when) reads(*f.asked_when, read);
    for (auto& b : m.behaviors)
      for (auto& l : b.levels)
        if (l.when) reads(*l.when, read);
    for (auto& [clause, rule] : all_rules(m))
      for (auto& c : rule->conditions) reads(c.cond, read);
    for (size_t f = 0; f < m.facts.size(); ++f)
      if (!read[f] && ctx.is_policy_file(m.facts[f].span.file))
        out.report(m.facts[f].span,
                   "no condition reads fact " + q(m.facts[f].name) + ": its value changes no decision",
                   "read it where the policy means it, or remove it");
  }
};

}  // namespace

const Rule& rule_unread_fact() {
  static const UnreadFact r;
  return r;
}

}  // namespace guidepost::lint
