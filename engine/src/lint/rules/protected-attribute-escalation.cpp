// protected-attribute-escalation: a rule that escalates (a permit or forbid
// of an SRO action, a `require emergency`) or a behavior's level whose
// condition reads a protected attribute: race or ethnicity, disability,
// IEP or Section 504 status, English-learner status, and the like. Whether
// police are brought in, or how serious an act is taken to be, must not turn
// on who the student is (Title VI, Section 504, the ADA, the EEOA).
// Procedural duties (`require notify(...)`, `consult(...)`) may read them:
// telling a case manager about a student with an IEP is what the law asks.
#include <cctype>

#include "lint/rule_base.h"

namespace guidepost::lint {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Fact names: whole names, and words of names split at `_`.
bool protected_name(const std::string& raw) {
  static const std::vector<std::string> whole = {
      "race", "ethnicity", "national_origin", "disability", "disabled", "iep", "has_iep",
      "section_504", "sec_504", "s504", "plan_504", "has_504", "sped", "special_ed",
      "special_education", "ell", "english_learner", "english_language_learner", "lep",
      "limited_english", "religion", "sex", "gender", "immigration_status", "homeless"};
  static const std::vector<std::string> words = {
      "race", "racial", "ethnicity", "ethnic", "disability", "disabilities", "disabled",
      "iep", "504", "sped", "ell", "lep", "religion", "gender", "immigration"};
  static const std::vector<std::string> pairs = {
      "english_learner", "national_origin", "special_ed", "limited_english", "english_language"};
  std::string n = lower(raw);
  if (std::find(whole.begin(), whole.end(), n) != whole.end()) return true;
  for (auto& p : pairs)
    if (n.find(p) != std::string::npos) return true;
  size_t i = 0;
  while (i <= n.size()) {
    size_t j = n.find('_', i);
    if (j == std::string::npos) j = n.size();
    if (std::find(words.begin(), words.end(), n.substr(i, j - i)) != words.end()) return true;
    i = j + 1;
  }
  return false;
}

// Labels: whole words and phrases, any case.
bool protected_label(const std::string& raw) {
  static const std::vector<std::string> phrases = {
      "iep", "504", "individualized education", "disability", "disabilities", "disabled",
      "race", "racial", "ethnicity", "ethnic", "english learner", "english-language learner",
      "english language learner", "limited english", "special education", "national origin",
      "religion", "gender", "immigration status"};
  std::string s = lower(raw);
  for (auto& p : phrases) {
    for (size_t at = s.find(p); at != std::string::npos; at = s.find(p, at + 1)) {
      bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(s[at - 1]));
      size_t end = at + p.size();
      bool right = end >= s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
      if (left && right) return true;
    }
  }
  return false;
}

class ProtectedAttributeEscalation final : public RuleBase {
 public:
  ProtectedAttributeEscalation()
      : RuleBase({"protected-attribute-escalation", Category::CivilRights, Severity::Error,
                  "An SRO rule, emergency rule or behavior level that reads a protected attribute"}) {}

  void check(const Context& ctx, Sink& out) const override {
    const Model& m = ctx.model();
    std::set<int> prot;
    for (size_t f = 0; f < m.facts.size(); ++f)
      if (protected_name(m.facts[f].name) || protected_label(m.facts[f].label))
        prot.insert(static_cast<int>(f));
    if (prot.empty()) return;
    auto message = [&](const std::string& what, int fact, const std::string& via) {
      std::string s = what + " reads " + q(m.facts[fact].name) + ", a protected attribute";
      if (!m.facts[fact].label.empty()) s += " (\"" + m.facts[fact].label + "\")";
      if (!via.empty()) s += ", through define " + q(via);
      return s;
    };
    for (auto& [clause, rule] : all_rules(m)) {
      bool escalates = rule->effect != RuleDef::Effect::Require ||
                       std::any_of(rule->duties.begin(), rule->duties.end(),
                                   [](auto& d) { return d.kind == DutyKind::Emergency; });
      if (!escalates) continue;
      for (auto& c : rule->conditions) {
        Span where;
        std::string via;
        int fact = -1;
        if (!find_fact_read(m, c.cond, prot, where, via, fact)) continue;
        out.report(where.known() ? where : ctx.first_line(rule->span),
                   message(q(rule_head(m, *rule)) + " in clause " + clause->number, fact, via),
                   "decide SRO action on conduct and safety, not on who the student is; "
                   "a protected status may trigger procedural duties only (notify, consult)");
        break;
      }
    }
    for (auto& b : m.behaviors)
      for (auto& l : b.levels) {
        if (!l.when) continue;
        Span where;
        std::string via;
        int fact = -1;
        if (!find_fact_read(m, *l.when, prot, where, via, fact)) continue;
        out.report(where.known() ? where : l.span,
                   message("level " + std::to_string(l.level) + " of " + q(b.name), fact, via),
                   "the seriousness of conduct must not depend on who the student is");
      }
  }
};

}  // namespace

const Rule& rule_protected_attribute_escalation() {
  static const ProtectedAttributeEscalation r;
  return r;
}

}  // namespace guidepost::lint
