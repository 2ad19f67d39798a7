// asked-never-holds: an `asked when` condition that no incident meets. The
// fact is then never asked: it silently takes its default everywhere, which
// is exactly what `asked` was written to prevent.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class AskedNeverHolds final : public RuleBase {
 public:
  AskedNeverHolds()
      : RuleBase({"asked-never-holds", Category::Bugs, Severity::Warning,
                  "An `asked when` condition that can never hold: the fact is never asked"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    for (auto& f : m.facts) {
      if (!f.asked_when) continue;
      Reads r;
      collect_reads(m, *f.asked_when, r);
      auto res = search(m, ctx.plan(), make_space(m, r),
                        [&](const World& w) { return eval(m, *f.asked_when, w); }, ctx.budget());
      if (res.status == SearchStatus::Capped) {
        out.capped(f.span, "incidents where " + q(f.name) + " is asked", ctx.budget());
        continue;
      }
      if (res.status == SearchStatus::None)
        out.report(f.span,
                   "fact " + q(f.name) + " is never asked: no incident meets its `asked when` "
                   "condition, so it always takes its default",
                   "fix the condition, or drop `asked when` if the default is meant");
    }
  }
};

}  // namespace

const Rule& rule_asked_never_holds() {
  static const AskedNeverHolds r;
  return r;
}

}  // namespace guidepost::lint
