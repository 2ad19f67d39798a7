// suppression-without-reason: a `guidepost-lint-ignore` comment that gives no
// reason after the rule id. A suppression is a decision someone made about a
// policy that governs students and police; the reason is its record. The
// suppression still takes effect, and this finding takes the place of the
// one it hides.
#include "lint/rule_base.h"
#include "lint/suppress.h"

namespace guidepost::lint {
namespace {

class SuppressionWithoutReason final : public RuleBase {
 public:
  SuppressionWithoutReason()
      : RuleBase({std::string(kSuppressionWithoutReason), Category::Style, Severity::Error,
                  "A guidepost-lint-ignore comment without a reason"}) {}

  // Reported by the driver, which reads every file's comments once.
  void check(const Context&, Sink&) const override {}
};

}  // namespace

Diagnostic suppression_without_reason(const Suppression& s, Severity severity) {
  Diagnostic d;
  d.severity = severity;
  d.rule = std::string(kSuppressionWithoutReason);
  d.span = s.span;
  d.message = "suppression of " + (s.rule.empty() ? std::string("a rule") : "`" + s.rule + "`") +
              " gives no reason";
  d.help = "write the reason after a colon: // guidepost-lint-ignore " +
           (s.rule.empty() ? std::string("RULE-ID") : s.rule) + ": why this is right here";
  return d;
}

const Rule& rule_suppression_without_reason() {
  static const SuppressionWithoutReason r;
  return r;
}

}  // namespace guidepost::lint
