// level-without-responses: a level that names no staff responses. A
// decision at that level tells the principal nothing about what staff may
// do.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class LevelWithoutResponses final : public RuleBase {
 public:
  LevelWithoutResponses()
      : RuleBase({"level-without-responses", Category::Coverage, Severity::Warning,
                  "A level with no staff responses"}) {}

  void check(const Context& ctx, Sink& out) const override {
    for (auto& l : ctx.model().levels)
      if (l.min_response < 0)
        out.report(ctx.first_line(l.span),
                   "level " + std::to_string(l.number) + " (\"" + l.name +
                       "\") names no staff responses",
                   "add `responses MIN .. MAX` from the discipline code");
  }
};

}  // namespace

const Rule& rule_level_without_responses() {
  static const LevelWithoutResponses r;
  return r;
}

}  // namespace guidepost::lint
