// agreement-without-source: an agreement that names neither its document nor
// a URL. Every clause then has to name its own source, and a reader cannot
// tell which signed agreement the policy encodes.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class AgreementWithoutSource final : public RuleBase {
 public:
  AgreementWithoutSource()
      : RuleBase({"agreement-without-source", Category::Style, Severity::Warning,
                  "An agreement that names no document or URL"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& a : ctx.model().agreements)
      if (a.document.empty() && a.url.empty())
        out.report(ctx.first_line(a.span),
                   "agreement \"" + a.name + "\" names no document or URL",
                   "add `document \"...\"` (the signed agreement's title and date) and `url \"...\"`");
  }
};

}  // namespace

const Rule& rule_agreement_without_source() {
  static const AgreementWithoutSource r;
  return r;
}

}  // namespace guidepost::lint
