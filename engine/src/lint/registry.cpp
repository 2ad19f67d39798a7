// The rule registry: every lint rule, one file each under rules/. A rule
// that is not listed here does not run (and the doc-page test cannot see it).
#include <algorithm>

#include "guidepost/lint.h"

namespace guidepost::lint {

const Rule& rule_agreement_without_source();
const Rule& rule_arrest_at_low_level();
const Rule& rule_asked_never_holds();
const Rule& rule_behavior_without_level();
const Rule& rule_behavior_without_terms();
const Rule& rule_clause_without_source();
const Rule& rule_condition_always_holds();
const Rule& rule_condition_never_holds();
const Rule& rule_duplicate_prose();
const Rule& rule_duplicate_term();
const Rule& rule_kind_without_rule();
const Rule& rule_level_never_raises();
const Rule& rule_level_without_responses();
const Rule& rule_paraphrase_without_rule();
const Rule& rule_permit_always_overridden();
const Rule& rule_protected_attribute_escalation();
const Rule& rule_secure_step_uncovered();
const Rule& rule_short_quote();
const Rule& rule_suppression_without_reason();
const Rule& rule_test_without_checks();
const Rule& rule_test_without_expect();
const Rule& rule_unconditional_sro_involvement();
const Rule& rule_undecided_incident();
const Rule& rule_unread_fact();
const Rule& rule_untested_clause();
const Rule& rule_unused_define();
const Rule& rule_unused_suppression();

const std::vector<const Rule*>& rules() {
  static const std::vector<const Rule*> all = [] {
    std::vector<const Rule*> v = {
        &rule_agreement_without_source(),
        &rule_arrest_at_low_level(),
        &rule_asked_never_holds(),
        &rule_behavior_without_level(),
        &rule_behavior_without_terms(),
        &rule_clause_without_source(),
        &rule_condition_always_holds(),
        &rule_condition_never_holds(),
        &rule_duplicate_prose(),
        &rule_duplicate_term(),
        &rule_kind_without_rule(),
        &rule_level_never_raises(),
        &rule_level_without_responses(),
        &rule_paraphrase_without_rule(),
        &rule_permit_always_overridden(),
        &rule_protected_attribute_escalation(),
        &rule_secure_step_uncovered(),
        &rule_short_quote(),
        &rule_suppression_without_reason(),
        &rule_test_without_checks(),
        &rule_test_without_expect(),
        &rule_unconditional_sro_involvement(),
        &rule_undecided_incident(),
        &rule_unread_fact(),
        &rule_untested_clause(),
        &rule_unused_define(),
        &rule_unused_suppression(),
    };
    std::sort(v.begin(), v.end(),
              [](const Rule* a, const Rule* b) { return a->info().id < b->info().id; });
    return v;
  }();
  return all;
}

const Rule* find_rule(std::string_view id) {
  for (auto* r : rules())
    if (r->info().id == id) return r;
  return nullptr;
}

const char* category_name(Category c) {
  switch (c) {
    case Category::Bugs: return "bugs";
    case Category::Safety: return "safety";
    case Category::CivilRights: return "civil-rights";
    case Category::Coverage: return "coverage";
    case Category::Style: return "style";
  }
  return "bugs";
}

std::string rule_doc_url(std::string_view id) {
  return "https://github.com/guidepost/guidepost/blob/main/docs/rules/" + std::string(id) + ".md";
}

}  // namespace guidepost::lint
