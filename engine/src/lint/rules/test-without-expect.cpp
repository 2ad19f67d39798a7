// test-without-expect: a test with no `expect` line. It can never fail, so
// it guards nothing.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class TestWithoutExpect final : public RuleBase {
 public:
  TestWithoutExpect()
      : RuleBase({"test-without-expect", Category::Bugs, Severity::Warning,
                  "A test with no expectation: it always passes"}) {}

  bool applies(const Context& ctx) const override { return !ctx.model().tests.empty(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& t : ctx.model().tests)
      if (t.expects.empty())
        out.report(ctx.first_line(t.span),
                   "test \"" + t.name + "\" expects nothing, so it always passes",
                   "add `expect outcome ...` and what else the answer must be");
  }
};

}  // namespace

const Rule& rule_test_without_expect() {
  static const TestWithoutExpect r;
  return r;
}

}  // namespace guidepost::lint
