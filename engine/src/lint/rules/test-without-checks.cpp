// test-without-checks: a test that does not say which clauses it is about
// (`checks`). Readers, and counsel tracing a clause to its tests, cannot
// tell what it guards.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class TestWithoutChecks final : public RuleBase {
 public:
  TestWithoutChecks()
      : RuleBase({"test-without-checks", Category::Style, Severity::Warning,
                  "A test that names no clause it checks"}) {}

  bool applies(const Context& ctx) const override {
    return ctx.has_agreement() && !ctx.model().tests.empty();
  }

  void check(const Context& ctx, Sink& out) const override {
    if (!ctx.has_agreement()) return;
    for (auto& t : ctx.model().tests)
      if (t.checks.empty())
        out.report(ctx.first_line(t.span), "test \"" + t.name + "\" names no clause it checks",
                   "add `checks NUMBER, ...` for the clauses the test is about");
  }
};

}  // namespace

const Rule& rule_test_without_checks() {
  static const TestWithoutChecks r;
  return r;
}

}  // namespace guidepost::lint
