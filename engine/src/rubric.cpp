// An agreement's coverage of the SECURe action steps and of the MOA clause
// kinds, and its text and JSON forms.
#include "guidepost/rubric.h"

#include <algorithm>

#include "guidepost/decision_format.h"

namespace guidepost {

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The clauses of the agreements that carry at least one of `kinds`, each with
// the kinds it carries, in agreement order.
std::vector<RubricClause> implementing(const std::vector<const AgreementDef*>& agreements,
                                       const std::vector<std::string>& kinds) {
  std::vector<RubricClause> out;
  for (auto* a : agreements)
    for (auto& c : a->clauses) {
      RubricClause rc{&c, {}};
      for (auto& k : kinds)
        if (has(c.kinds, k) && !has(rc.kinds, k)) rc.kinds.push_back(k);
      if (!rc.kinds.empty()) out.push_back(std::move(rc));
    }
  return out;
}

const char* mode_word(ClauseDef::Mode m) {
  switch (m) {
    case ClauseDef::Mode::Quote: return "quoted";
    case ClauseDef::Mode::Paraphrase: return "paraphrased";
    case ClauseDef::Mode::None: break;
  }
  return "no prose";
}

const char* mode_key(ClauseDef::Mode m) {
  switch (m) {
    case ClauseDef::Mode::Quote: return "quote";
    case ClauseDef::Mode::Paraphrase: return "paraphrase";
    case ClauseDef::Mode::None: break;
  }
  return "none";
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
  return s;
}

// "1.1  No force or authority to enforce school rules (quoted; ROLE-01)"
std::string clause_line(const ClauseDef& c, const std::vector<std::string>& kinds) {
  std::string s = c.number;
  if (!c.title.empty()) s += "  " + c.title;
  s += std::string(" (") + mode_word(c.mode);
  if (!kinds.empty()) s += "; " + joined(kinds);
  return s + ")";
}

void row_text(std::string& out, const RubricRow& r, bool show_kinds) {
  out += r.id + "  " + r.title + "\n";
  if (show_kinds) {
    out += "    kinds counted: " + joined(r.kinds) + "\n";
    if (!r.note.empty()) out += "    note: " + r.note + "\n";
  }
  if (!r.covered()) {
    out += "    NOT COVERED\n";
    return;
  }
  std::vector<std::string> numbers;
  for (auto& c : r.clauses) numbers.push_back(c.clause->number);
  out += "    covered by " + joined(numbers) + "\n";
  for (auto& c : r.clauses)
    out += "      " + clause_line(*c.clause, show_kinds ? c.kinds : std::vector<std::string>{}) +
           "\n";
}

void json_strings(std::string& out, const std::vector<std::string>& v) {
  out += "[";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ",";
    append_json_string(out, v[i]);
  }
  out += "]";
}

void json_clause(std::string& out, const ClauseDef& c, const std::vector<std::string>* kinds) {
  out += "{\"number\":";
  append_json_string(out, c.number);
  out += ",\"title\":";
  append_json_string(out, c.title);
  out += ",\"mode\":";
  append_json_string(out, mode_key(c.mode));
  if (kinds) {
    out += ",\"kinds\":";
    json_strings(out, *kinds);
  }
  out += "}";
}

void json_row(std::string& out, const RubricRow& r, bool with_kinds) {
  out += "{\"id\":";
  append_json_string(out, r.id);
  out += ",\"title\":";
  append_json_string(out, r.title);
  if (with_kinds) {
    out += ",\"kinds\":";
    json_strings(out, r.kinds);
  }
  out += ",\"clauses\":[";
  for (size_t i = 0; i < r.clauses.size(); ++i) {
    if (i) out += ",";
    json_clause(out, *r.clauses[i].clause, &r.clauses[i].kinds);
  }
  out += "],\"covered\":";
  out += r.covered() ? "true" : "false";
  out += "}";
}

std::vector<std::string> uncovered(const std::vector<RubricRow>& rows) {
  std::vector<std::string> out;
  for (auto& r : rows)
    if (!r.covered()) out.push_back(r.id);
  return out;
}

}  // namespace

size_t Rubric::steps_covered() const {
  return std::count_if(steps.begin(), steps.end(), [](auto& r) { return r.covered(); });
}

size_t Rubric::kinds_covered() const {
  return std::count_if(kinds.begin(), kinds.end(), [](auto& r) { return r.covered(); });
}

std::string Rubric::summary() const {
  return std::to_string(steps_covered()) + " of " + std::to_string(steps.size()) +
         " steps covered, " + std::to_string(kinds_covered()) + " of " +
         std::to_string(kinds.size()) + " kinds covered";
}

Rubric rubric_of(const Model& m) {
  Rubric r;
  for (auto& a : m.agreements) r.agreements.push_back(&a);
  for (auto& s : secure_steps()) {
    RubricRow row{s.id, s.title, s.kinds, s.note, implementing(r.agreements, s.kinds)};
    r.steps.push_back(std::move(row));
  }
  for (auto& k : clause_kind_catalogue()) {
    RubricRow row{k.id, k.title, {k.id}, "", implementing(r.agreements, {k.id})};
    r.kinds.push_back(std::move(row));
  }
  // The checker admits only catalogue kinds, so a clause with none is one
  // no catalogue kind fits (a discipline code's family contact, say).
  for (auto* a : r.agreements)
    for (auto& c : a->clauses)
      if (c.kinds.empty()) r.unclassified.push_back(&c);
  return r;
}

std::string rubric_text(const Model& m, const Rubric& r) {
  std::string out;
  if (!m.info.id.empty() || !m.info.title.empty()) {
    out += "Policy: " + (m.info.id.empty() ? std::string("(no id)") : m.info.id);
    if (!m.info.title.empty()) out += ", \"" + m.info.title + "\"";
    out += "\n";
  }
  if (r.agreements.empty())
    out += "Agreement: none. The policy declares no agreement, so nothing below is covered.\n";
  for (auto* a : r.agreements) {
    out += "Agreement: " + (a->name.empty() ? std::string("(unnamed)") : a->name) + "\n";
    if (!a->document.empty()) out += "  document: " + a->document + "\n";
    if (!a->url.empty()) out += "  url: " + a->url + "\n";
    size_t quoted = 0, paraphrased = 0;
    for (auto& c : a->clauses) {
      if (c.mode == ClauseDef::Mode::Quote) ++quoted;
      if (c.mode == ClauseDef::Mode::Paraphrase) ++paraphrased;
    }
    out += "  " + std::to_string(a->clauses.size()) +
           (a->clauses.size() == 1 ? " clause: " : " clauses: ") + std::to_string(quoted) +
           " quoted, " + std::to_string(paraphrased) + " paraphrased\n";
  }

  out += "\nSECURe action steps\n";
  out +=
      "(Step titles paraphrase a secondary summary of the 2016 SECURe rubrics; the official\n"
      "wording was not seen. Which clause kinds count toward a step is Guidepost's mapping,\n"
      "not SECURe's.)\n\n";
  for (auto& s : r.steps) row_text(out, s, true);

  out += "\nClause kinds\n\n";
  for (auto& k : r.kinds) row_text(out, k, false);

  if (!r.unclassified.empty()) {
    out += "\nClauses of no catalogue kind (counted nowhere above)\n";
    for (auto* c : r.unclassified) out += "  " + clause_line(*c, {}) + "\n";
  }

  auto us = uncovered(r.steps), uk = uncovered(r.kinds);
  out += "\nSteps not covered: " + (us.empty() ? std::string("none") : joined(us)) + "\n";
  out += "Kinds not covered: " + (uk.empty() ? std::string("none") : joined(uk)) + "\n";
  out += r.summary() + "\n";
  return out;
}

std::string rubric_json(const Model& m, const Rubric& r) {
  std::string out = "{\"policy\":";
  append_json_string(out, m.info.id);
  out += ",\"title\":";
  append_json_string(out, m.info.title);
  out += ",\"agreements\":[";
  for (size_t i = 0; i < r.agreements.size(); ++i) {
    auto* a = r.agreements[i];
    if (i) out += ",";
    out += "{\"name\":";
    append_json_string(out, a->name);
    out += ",\"document\":";
    append_json_string(out, a->document);
    out += ",\"url\":";
    append_json_string(out, a->url);
    out += ",\"clauses\":[";
    for (size_t j = 0; j < a->clauses.size(); ++j) {
      if (j) out += ",";
      append_json_string(out, a->clauses[j].number);
    }
    out += "]}";
  }
  out += "],\"steps\":[";
  for (size_t i = 0; i < r.steps.size(); ++i) {
    if (i) out += ",";
    json_row(out, r.steps[i], true);
  }
  out += "],\"kinds\":[";
  for (size_t i = 0; i < r.kinds.size(); ++i) {
    if (i) out += ",";
    json_row(out, r.kinds[i], false);
  }
  out += "],\"unclassified\":[";
  for (size_t i = 0; i < r.unclassified.size(); ++i) {
    if (i) out += ",";
    json_clause(out, *r.unclassified[i], nullptr);
  }
  out += "],\"summary\":{\"steps_covered\":" + std::to_string(r.steps_covered()) +
         ",\"steps_total\":" + std::to_string(r.steps.size()) +
         ",\"kinds_covered\":" + std::to_string(r.kinds_covered()) +
         ",\"kinds_total\":" + std::to_string(r.kinds.size()) + ",\"uncovered_steps\":";
  json_strings(out, uncovered(r.steps));
  out += ",\"uncovered_kinds\":";
  json_strings(out, uncovered(r.kinds));
  out += ",\"line\":";
  append_json_string(out, r.summary());
  out += "}}";
  return out;
}

}  // namespace guidepost
