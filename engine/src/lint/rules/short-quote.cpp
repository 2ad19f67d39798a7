// short-quote: a quoted clause of very few words. A quote that short is
// usually a fragment cut from its sentence (a heading, a table cell), and
// the rule encoded from it may rest on words that are not there.
#include <sstream>

#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

constexpr size_t kMinWords = 6;

class ShortQuote final : public RuleBase {
 public:
  ShortQuote()
      : RuleBase({"short-quote", Category::Style, Severity::Warning,
                  "A quoted clause of fewer than six words: likely a fragment"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    for (auto& a : ctx.model().agreements)
      for (auto& c : a.clauses) {
        if (c.mode != ClauseDef::Mode::Quote) continue;
        std::istringstream in(c.prose);
        size_t words = 0;
        for (std::string w; in >> w;) ++words;
        if (words >= kMinWords) continue;
        out.report(c.span,
                   "clause " + c.number + " quotes only " + std::to_string(words) +
                       (words == 1 ? " word" : " words") + " (\"" + c.prose +
                       "\"): likely a fragment",
                   "quote the whole sentence or provision, or paraphrase it and say so");
      }
  }
};

}  // namespace

const Rule& rule_short_quote() {
  static const ShortQuote r;
  return r;
}

}  // namespace guidepost::lint
