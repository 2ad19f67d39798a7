// The agreement's clauses and the policy's own tests.
#include <algorithm>

#include "check/checker.h"

namespace guidepost {
namespace check {

namespace {
std::string quoted(const std::string& s) { return "`" + s + "`"; }
std::string did_you_mean(const std::string& n, const std::vector<std::string>& c) {
  std::string s = closest_name(n, c);
  return s.empty() ? std::string() : "did you mean `" + s + "`?";
}
const std::vector<std::string> kActions = {"involve", "question", "search",
                                           "cite",    "arrest",   "restrain"};
}  // namespace

std::optional<Duty> Checker::duty(const ast::Duty& d) {
  static const std::vector<std::string> kinds = {"notify", "consult", "emergency"};
  Duty out;
  out.span = d.span;
  const std::string& n = d.name.text;
  if (n == "emergency") {
    out.kind = DutyKind::Emergency;
    if (d.role) {
      diags_.error("type-mismatch", d.role->span, "`emergency` takes no role",
                   "write `require emergency`");
      return std::nullopt;
    }
    return out;
  }
  if (n != "notify" && n != "consult") {
    std::string help = did_you_mean(n, kinds);
    diags_.error("unknown-name", d.name.span, "unknown duty " + quoted(n),
                 help.empty() ? "a clause may require notify(role), consult(role) or emergency"
                              : help);
    return std::nullopt;
  }
  out.kind = n == "notify" ? DutyKind::Notify : DutyKind::Consult;
  if (!d.role) {
    diags_.error("missing-field", d.span, quoted(n) + " needs a role",
                 "e.g. " + n + "(parent)");
    return std::nullopt;
  }
  out.role = role(*d.role);
  if (out.role < 0) return std::nullopt;
  return out;
}

static std::optional<SroAction> action(Diagnostics& diags, const ast::SroAction& a) {
  if (auto x = sro_action_from(a.action.text)) return x;
  std::string help = did_you_mean(a.action.text, kActions);
  diags.error("unknown-name", a.action.span, "unknown SRO action " + quoted(a.action.text),
              help.empty() ? "SRO actions are involve, question, search, cite, arrest, restrain"
                           : help);
  return std::nullopt;
}

void Checker::agreements(const ast::File& file) {
  const auto& kinds = known_clause_kinds();
  for (auto& a : file.agreements) {
    AgreementDef ag{a.name, a.document, a.url, {}, a.span};
    if (a.clauses.empty())
      diags_.error("empty-agreement", a.span,
                   "agreement " + (a.name.empty() ? std::string() : quoted(a.name) + " ") +
                       "has no clause",
                   "add the agreement's numbered clauses: clause 4.1 { quote \"...\" ... }");
    for (auto& c : a.clauses) {
      if (m_->clause(c.number.text) ||
          std::any_of(ag.clauses.begin(), ag.clauses.end(),
                      [&](auto& x) { return x.number == c.number.text; })) {
        diags_.error("duplicate-clause", c.number.span,
                     "clause " + c.number.text + " is numbered twice",
                     "clause numbers identify clauses in explanations; keep them unique");
        continue;
      }
      ClauseDef d;
      d.number = c.number.text;
      d.title = c.title;
      d.mode = static_cast<ClauseDef::Mode>(c.mode);
      d.prose = c.prose;
      d.document = c.document.empty() ? a.document : c.document;
      d.url = c.url.empty() ? a.url : c.url;
      d.section = c.section;
      d.span = c.number.span;
      if (c.mode == ast::Clause::Mode::None ||
          c.prose.find_first_not_of(" \t") == std::string::npos)
        diags_.error("clause-without-prose", c.number.span,
                     "clause " + c.number.text + " has no prose",
                     "give the agreement's words: quote \"...\" (verbatim) or paraphrase \"...\"");
      if (d.document.empty() && d.url.empty())
        diags_.warning("clause-without-source", c.number.span,
                       "clause " + c.number.text + " names no source document or URL",
                       "add `document \"...\"` and `url \"...\"` to the clause or the agreement");
      for (auto& k : c.kinds) {
        if (std::find(kinds.begin(), kinds.end(), k.text) == kinds.end()) {
          std::string help = did_you_mean(k.text, kinds);
          diags_.error("unknown-name", k.span, "unknown clause kind " + quoted(k.text),
                       help.empty() ? "clause kinds are the catalogue ids, e.g. ROLE-01, ARREST-01"
                                    : help);
          continue;
        }
        d.kinds.push_back(k.text);
      }
      for (auto& r : c.rules) {
        RuleDef rd;
        rd.effect = static_cast<RuleDef::Effect>(r.effect);
        rd.span = r.span;
        bool ok = true;
        for (auto& x : r.actions) {
          auto act = action(diags_, x);
          if (act) rd.actions.push_back(*act);
          else ok = false;
        }
        for (auto& du : r.duties) {
          auto dd = duty(du);
          if (dd) rd.duties.push_back(*dd);
          else ok = false;
        }
        for (auto& cond : r.conditions) {
          auto cc = condition(cond.expr, {true, "a clause"});
          if (cc) rd.conditions.push_back({cond.unless, std::move(*cc)});
          else ok = false;
        }
        if (ok) d.rules.push_back(std::move(rd));
      }
      ag.clauses.push_back(std::move(d));
    }
    m_->agreements.push_back(std::move(ag));
  }
}

void Checker::tests(const ast::File& file) {
  static const std::vector<std::string> outcomes = {"staff", "sro", "emergency", "depends"};
  for (auto& t : file.tests) {
    if (std::any_of(m_->tests.begin(), m_->tests.end(), [&](auto& x) { return x.name == t.name; })) {
      diags_.error("duplicate-id", t.span, "test " + quoted(t.name) + " is declared twice");
      continue;
    }
    TestDef d;
    d.name = t.name;
    d.description = t.description;
    d.span = t.span;
    for (auto& b : t.behaviors)
      if (int i = behavior(b); i >= 0) d.behaviors.push_back(i);
    for (auto& g : t.given)
      if (auto v = assignment(g, "a test")) d.given.push_back(*v);
    auto check_clause = [&](const ast::ClauseNumber& n) {
      if (m_->clause(n.text)) return true;
      std::vector<std::string> known;
      for (auto& a : m_->agreements)
        for (auto& c : a.clauses) known.push_back(c.number);
      std::string help = did_you_mean(n.text, known);
      diags_.error("unknown-name", n.span, "no clause is numbered " + n.text, help);
      return false;
    };
    for (auto& c : t.checks)
      if (check_clause(c)) d.checks.push_back(c.text);
    for (auto& e : t.expects) {
      TestDef::Expect x;
      x.kind = static_cast<TestDef::Expect::Kind>(e.kind);
      x.span = e.span;
      switch (e.kind) {
        case ast::Expectation::Kind::Outcome:
          if (std::find(outcomes.begin(), outcomes.end(), e.value.text) == outcomes.end()) {
            std::string help = did_you_mean(e.value.text, outcomes);
            diags_.error("unknown-name", e.value.span, "unknown outcome " + quoted(e.value.text),
                         help.empty() ? "outcomes are staff, sro, emergency and depends" : help);
            continue;
          }
          x.outcome = e.value.text;
          break;
        case ast::Expectation::Kind::Level:
          if (e.level && !m_->level(*e.level)) {
            diags_.error("unknown-level", e.span,
                         "the policy has no level " + std::to_string(*e.level));
            continue;
          }
          x.level = e.level;
          break;
        case ast::Expectation::Kind::Permitted:
        case ast::Expectation::Kind::Forbidden:
          for (auto& a : e.actions)
            if (auto act = action(diags_, a)) x.actions.push_back(*act);
          break;
        case ast::Expectation::Kind::Required:
          for (auto& du : e.duties)
            if (auto dd = duty(du)) x.duties.push_back(*dd);
          break;
        case ast::Expectation::Kind::Clauses:
          for (auto& c : e.clauses)
            if (check_clause(c)) x.clauses.push_back(c.text);
          break;
      }
      d.expects.push_back(std::move(x));
    }
    m_->tests.push_back(std::move(d));
  }
}

}  // namespace check

// known_clause_kinds() is in rubric_catalogue.cpp, beside the kinds' titles.

}  // namespace guidepost
