// What the plain-English reader is told: words for fact values, built-in
// number readers, and context triggers.
#include <algorithm>
#include <unordered_map>

#include "check/checker.h"

namespace guidepost {
namespace check {

namespace {
std::string ticked(const std::string& s) { return "`" + s + "`"; }
}  // namespace

void Checker::recognize(const ast::File& file) {
  // The built-in readers; all read numbers but `aimed_at_staff`, a yes/no.
  static const std::vector<std::string> extractors = {"grade", "count", "dollars", "prior",
                                                      "aimed_at_staff", "first_mentioned", "threatened"};
  for (auto& r : file.recognize) {
    RecognizeDef d;
    d.span = r.span;
    if (r.value) {
      auto v = assignment(*r.value, "a `recognize` rule");
      if (!v) continue;
      d.fact = v->fact;
      d.value = v->value;
      for (auto& t : r.terms)
        if (term(t)) d.terms.push_back(t.text);
    } else {
      auto it = m_->fact_index.find(r.fact.text);
      if (it == m_->fact_index.end()) {
        std::vector<std::string> names;
        for (auto& f : m_->facts) names.push_back(f.name);
        std::string near = closest_name(r.fact.text, names);
        diags_.error("unknown-name", r.fact.span, "unknown fact " + ticked(r.fact.text),
                     near.empty() ? "" : "did you mean `" + near + "`?");
        continue;
      }
      if (std::find(extractors.begin(), extractors.end(), r.extractor.text) == extractors.end()) {
        std::string near = closest_name(r.extractor.text, extractors);
        diags_.error("unknown-name", r.extractor.span,
                     "unknown number reader " + ticked(r.extractor.text),
                     near.empty() ? "the readers are grade, count, dollars, prior, aimed_at_staff, first_mentioned and threatened"
                                  : "did you mean `" + near + "`?");
        continue;
      }
      bool yes_no = r.extractor.text == "aimed_at_staff";
      // Not a reader but a rule for the words of the others: which of two
      // places named is where it happened.
      bool first = r.extractor.text == "first_mentioned";
      // Neither reads words: a rule for the words the others read.
      bool threatened = r.extractor.text == "threatened";
      if (threatened && r.behaviors.empty()) {
        diags_.error("type-mismatch", r.extractor.span,
                     "`threatened` names the threats it looks in: `" + r.fact.text +
                         ": threatened for bomb_threat, ...`");
        continue;
      }
      if (first && m_->facts[it->second].kind != FactKind::Enum) {
        diags_.error("type-mismatch", r.fact.span,
                     ticked(r.fact.text) + " is not an enum fact; `first_mentioned` settles which of "
                                           "two values named counts");
        continue;
      }
      if (!yes_no && !first && !threatened && m_->facts[it->second].kind != FactKind::Int) {
        diags_.error("type-mismatch", r.fact.span,
                     ticked(r.fact.text) + " is not a number; `" + r.extractor.text +
                         "` reads numbers");
        continue;
      }
      if (yes_no && m_->facts[it->second].kind != FactKind::Bool) {
        diags_.error("type-mismatch", r.fact.span,
                     ticked(r.fact.text) + " is not a yes/no fact; `" + r.extractor.text +
                         "` reads whether a behavior is aimed at a staff member");
        continue;
      }
      d.fact = it->second;
      d.extractor = r.extractor.text;
      if (!r.behaviors.empty() && !yes_no && !threatened) {
        diags_.error("type-mismatch", r.behaviors.front().span,
                     "`" + r.extractor.text + "` does not look at behaviors; only `aimed_at_staff` and `threatened` take `for`");
        continue;
      }
      bool bad = false;
      for (auto& b : r.behaviors) {
        auto bi = m_->behavior_index.find(b.text);
        if (bi == m_->behavior_index.end()) {
          std::vector<std::string> names;
          for (auto& x : m_->behaviors) names.push_back(x.name);
          std::string near = closest_name(b.text, names);
          diags_.error("unknown-name", b.span, "unknown behavior " + ticked(b.text),
                       near.empty() ? "" : "did you mean `" + near + "`?");
          bad = true;
          continue;
        }
        d.behaviors.push_back(bi->second);
      }
      if (bad) continue;
    }
    m_->recognize.push_back(std::move(d));
  }
}

void Checker::triggers(const ast::File& file) {
  // Kind and direction were checked by the loader, line by line, as it read
  // the file (load.cpp): here triggers are only merged by id.
  // Ids already declared, to their position: files of hundreds of triggers.
  std::unordered_map<std::string, size_t> at;
  for (size_t i = 0; i < m_->triggers.size(); ++i) at[m_->triggers[i].id] = i;
  for (auto& t : file.triggers) {
    auto found = at.find(t.id);
    auto existing = found == at.end() ? m_->triggers.end()
                                      : m_->triggers.begin() + static_cast<long>(found->second);
    if (t.kind == "off") {
      if (existing == m_->triggers.end()) {
        diags_.warning("context-file", t.span, "no trigger " + ticked(t.id) + " to turn off");
      } else {
        m_->triggers.erase(existing);
        at.clear();
        for (size_t i = 0; i < m_->triggers.size(); ++i) at[m_->triggers[i].id] = i;
      }
      continue;
    }
    if (!term({t.phrase, t.phrase_span.known() ? t.phrase_span : t.span})) continue;
    TriggerDef d{t.id, t.kind, t.where, t.phrase, t.span};
    // A later file (the importer) overrides an id from an earlier one.
    if (existing != m_->triggers.end()) {
      *existing = std::move(d);
    } else {
      at[d.id] = m_->triggers.size();
      m_->triggers.push_back(std::move(d));
    }
  }
}

}  // namespace check
}  // namespace guidepost
