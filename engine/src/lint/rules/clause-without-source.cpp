// clause-without-source: a clause that does not name both a source document
// and a URL (its own, or its agreement's). Counsel checks every encoded
// clause against the words it came from; a document name alone cannot be
// opened, and a bare link says nothing once it breaks.
#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

class ClauseWithoutSource final : public RuleBase {
 public:
  ClauseWithoutSource()
      : RuleBase({"clause-without-source", Category::Style, Severity::Warning,
                  "A clause that names no source document or no URL"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& a : ctx.model().agreements)
      for (auto& c : a.clauses) {
        std::string missing;
        if (c.document.empty() && c.url.empty()) missing = "no source document or URL";
        else if (c.url.empty()) missing = "no URL";
        else if (c.document.empty()) missing = "no source document";
        else continue;
        out.report(c.span, "clause " + c.number + " names " + missing,
                   "add `document \"...\"` and `url \"...\"` to the clause (or the agreement)");
      }
  }
};

}  // namespace

const Rule& rule_clause_without_source() {
  static const ClauseWithoutSource r;
  return r;
}

}  // namespace guidepost::lint
