// untested-clause: a clause with rules that no test exercises: none of its
// rules applies in any of the policy's tests. A change that breaks it would
// go unnoticed.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class UntestedClause final : public RuleBase {
 public:
  UntestedClause()
      : RuleBase({"untested-clause", Category::Coverage, Severity::Warning,
                  "A clause with rules that no test exercises"}) {}

  // Tests usually sit in tests.policy: a policy linted without them is not
  // judged on them.
  bool applies(const Context& ctx) const override {
    return ctx.has_agreement() && !ctx.model().tests.empty();
  }

  void check(const Context& ctx, Sink& out) const override {
    if (!applies(ctx)) return;
    for (auto& number : ctx.tests().untested_clauses) {
      const ClauseDef* c = ctx.model().clause(number);
      if (!c) continue;
      out.report(c->span,
                 "no test exercises clause " + number + ": none of its rules applies in any test",
                 "add a test whose incident makes one of its rules apply, with `checks " + number +
                     "`");
    }
  }
};

}  // namespace

const Rule& rule_untested_clause() {
  static const UntestedClause r;
  return r;
}

}  // namespace guidepost::lint
