// unused-suppression: a `guidepost-lint-ignore` comment that suppresses
// nothing: the finding it was written for is gone (fixed, or moved to
// another line), or it names a rule that does not exist. A stale suppression
// would silently hide the next finding on that line.
#include "lint/rule_base.h"
#include "lint/suppress.h"

namespace guidepost::lint {
namespace {

class UnusedSuppression final : public RuleBase {
 public:
  UnusedSuppression()
      : RuleBase({std::string(kUnusedSuppression), Category::Style, Severity::Warning,
                  "A guidepost-lint-ignore comment that suppresses nothing"}) {}

  // Reported by the driver once every policy has been linted.
  void check(const Context&, Sink&) const override {}
};

}  // namespace

Diagnostic unused_suppression(const Suppression& s, Severity severity) {
  Diagnostic d;
  d.severity = severity;
  d.rule = std::string(kUnusedSuppression);
  d.span = s.span;
  if (s.rule.empty()) {
    d.message = "suppression names no rule";
    d.help = "write // guidepost-lint-ignore RULE-ID: REASON";
  } else if (!find_rule(s.rule)) {
    std::vector<std::string> ids;
    for (auto* r : rules()) ids.push_back(r->info().id);
    std::string near = closest_name(s.rule, ids);
    d.message = "suppression names unknown rule `" + s.rule + "`";
    d.help = near.empty() ? "docs/rules/README.md lists the rules" : "did you mean `" + near + "`?";
  } else {
    d.message = "suppression of `" + s.rule + "` suppresses nothing on line " +
                std::to_string(s.target);
    d.help = "remove it: the finding it was written for is gone";
  }
  return d;
}

const Rule& rule_unused_suppression() {
  static const UnusedSuppression r;
  return r;
}

}  // namespace guidepost::lint
