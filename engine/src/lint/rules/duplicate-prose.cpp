// duplicate-prose: two clauses with the same prose (ignoring case and
// spacing). Usually a copy-paste slip: one of them quotes the wrong words.
#include <cctype>
#include <map>

#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

std::string normal(const std::string& s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

class DuplicateProse final : public RuleBase {
 public:
  DuplicateProse()
      : RuleBase({"duplicate-prose", Category::Bugs, Severity::Warning,
                  "Two clauses with the same prose"}) {}

  bool applies(const Context& ctx) const override { return ctx.has_agreement(); }

  void check(const Context& ctx, Sink& out) const override {
    std::map<std::string, const ClauseDef*> seen;
    for (auto& a : ctx.model().agreements)
      for (auto& c : a.clauses) {
        std::string n = normal(c.prose);
        if (n.empty()) continue;
        auto [it, fresh] = seen.try_emplace(n, &c);
        if (fresh) continue;
        out.report(c.span,
                   "clause " + c.number + " has the same prose as clause " + it->second->number,
                   "each clause should carry its own words; check which one is misquoted");
      }
  }
};

}  // namespace

const Rule& rule_duplicate_prose() {
  static const DuplicateProse r;
  return r;
}

}  // namespace guidepost::lint
