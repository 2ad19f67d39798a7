// duplicate-term: two behaviors that share a recognition term, compared as
// the reader compares words (lower case, stemmed: "fight" and "fights" are
// one term). A description with the term names both behaviors.
#include <cctype>
#include <map>

#include "lint/rule_base.h"
#include "read/text.h"

namespace guidepost::lint {
namespace {

std::string normal_term(const std::string& t) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    out += (out.empty() ? "" : " ") + read::stem(word);
    word.clear();
  };
  for (char ch : t) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80 || c == '\'') word += static_cast<char>(std::tolower(c));
    else flush();
  }
  flush();
  return out;
}

class DuplicateTerm final : public RuleBase {
 public:
  DuplicateTerm()
      : RuleBase({"duplicate-term", Category::Bugs, Severity::Warning,
                  "Two behaviors that share a recognition term"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    std::map<std::string, std::pair<int, std::string>> first;  // normal form -> behavior, term
    for (size_t b = 0; b < m.behaviors.size(); ++b) {
      std::map<int, std::vector<std::string>> clashes;  // earlier behavior -> terms
      for (auto& t : m.behaviors[b].terms) {
        std::string n = normal_term(t);
        if (n.empty()) continue;
        auto [it, fresh] = first.try_emplace(n, static_cast<int>(b), t);
        if (fresh || it->second.first == static_cast<int>(b)) continue;
        auto& v = clashes[it->second.first];
        std::string shown = "\"" + t + "\"";
        if (it->second.second != t) shown += " (as \"" + it->second.second + "\")";
        if (std::find(v.begin(), v.end(), shown) == v.end()) v.push_back(shown);
      }
      for (auto& [other, terms] : clashes) {
        std::string list;
        for (auto& t : terms) list += (list.empty() ? "" : ", ") + t;
        out.report(m.behaviors[b].span,
                   "behavior " + q(m.behaviors[b].name) + " shares " +
                       (terms.size() == 1 ? "term " : "terms ") + list + " with " +
                       q(m.behaviors[other].name) + ": a description with " +
                       (terms.size() == 1 ? "it" : "them") + " names both",
                   "keep each term on the one behavior it means, or make it more specific");
      }
    }
  }
};

}  // namespace

const Rule& rule_duplicate_term() {
  static const DuplicateTerm r;
  return r;
}

}  // namespace guidepost::lint
