// The decision in plain words, for a principal in the middle of an incident:
// the answer first, then the clauses behind it, then what would change it.
#include "guidepost/decision_format.h"

namespace guidepost {

namespace {

std::string words(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

std::string headline(Outcome o) {
  switch (o) {
    case Outcome::Staff: return "STAFF: school staff handle this; the SRO takes no enforcement role.";
    case Outcome::Sro: return "SRO: the agreement permits SRO involvement.";
    case Outcome::Emergency: return "EMERGENCY: call emergency services now.";
    case Outcome::Depends: return "DEPENDS: the answer turns on something not yet known.";
  }
  return "";
}

std::string clause_line(const ClauseDef& c) {
  std::string s = "clause " + c.number;
  if (!c.title.empty()) s += " (" + c.title + ")";
  s += ": ";
  s += c.mode == ClauseDef::Mode::Quote ? "\"" + c.prose + "\"" : c.prose + " [paraphrase]";
  std::string src;
  if (!c.document.empty()) src += c.document;
  if (!c.section.empty()) src += (src.empty() ? "" : ", ") + std::string("section ") + c.section;
  if (!c.url.empty()) src += (src.empty() ? "" : ", ") + c.url;
  if (!src.empty()) s += "\n      source: " + src;
  return s;
}

std::string numbers(const Plan& p, const std::vector<int>& cs) {
  std::string s;
  for (size_t i = 0; i < cs.size(); ++i) s += (i ? ", " : "") + p.clauses[cs[i]]->number;
  return s;
}

void trace_lines(std::string& out, const CondTrace& t, int indent) {
  const char* v = t.value == Tri::True ? "yes" : t.value == Tri::False ? "no" : "unknown";
  out += std::string(indent, ' ') + t.text + ": " + v + "\n";
  for (auto& k : t.kids) trace_lines(out, k, indent + 2);
}

}  // namespace

std::string decision_text(const Plan& p, const Decision& d) {
  const Model& m = *p.model;
  std::string out;
  if (!d.id.empty()) out += "Incident " + d.id + "\n";
  if (d.nothing_recognised)
    out += "NO BEHAVIOR RECOGNISED: the description names nothing this policy knows, so "
           "there is nothing to decide. Describe what the student did, or give the behavior.\n";
  out += headline(d.outcome) + "\n";
  if (d.behaviors.empty()) {
    out += "No behavior was given, so the incident has no level.\n";
  } else {
    out += "Level " + std::to_string(d.level);
    if (d.level_max != d.level) out += " (up to " + std::to_string(d.level_max) + " depending on what is found out)";
    if (const LevelDef* l = m.level(d.level)) out += ", " + l->name;
    out += ".\n";
    for (auto& b : d.behaviors) {
      out += "  - " + (b.label.empty() ? words(b.id) : b.label);
      if (b.level) out += ": level " + std::to_string(b.level);
      else out += ": this policy gives it no level";
      if (!b.raised_by.empty()) out += ", because " + b.raised_by;
      if (!b.evidence.empty()) {
        out += " (from \"";
        for (size_t i = 0; i < b.evidence.size(); ++i)
          out += (i ? "\", \"" : "") + b.evidence[i].text;
        out += "\")";
      }
      if (b.disputed) out += "; the student disputes it";
      out += "\n";
    }
  }
  if (!d.response_min.empty())
    out += "Staff responses at this level: from " + words(d.response_min) + " up to " +
           words(d.response_max) + ".\n";

  out += "\nWhy:\n";
  if (d.determining.empty()) {
    out += d.outcome == Outcome::Staff
               ? "  No clause permits SRO involvement here, and nothing is permitted unless a clause permits it.\n"
               : "  No clause decides this.\n";
  }
  for (int c : d.determining) out += "  " + clause_line(*p.clauses[c]) + "\n";

  if (d.outcome == Outcome::Depends) {
    out += "\nFind out:\n";
    for (auto& b : d.branches) {
      out += "  if " + words(b.fact) + " is " + words(b.value) + ": " + outcome_name(b.outcome);
      if (!b.clauses.empty()) out += " (clause " + numbers(p, b.clauses) + ")";
      out += "\n";
    }
  }

  std::string facts;
  for (auto& f : d.facts) {
    if (f.source == FactSource::Default) continue;
    facts += "  " + words(f.name) + ": ";
    if (f.value) facts += words(*f.value);
    else facts += "not known";
    switch (f.source) {
      case FactSource::Given: facts += " (given)"; break;
      case FactSource::Implied: facts += " (follows from " + words(f.implied_by) + ")"; break;
      case FactSource::Asked: facts += " (must be asked in this situation)"; break;
      case FactSource::Unknown: facts += " (not given; no default)"; break;
      case FactSource::Described: break;
      default: break;
    }
    if (!f.evidence.empty()) {
      facts += f.source == FactSource::Given ? " (the description also says \"" : " (from \"";
      for (size_t i = 0; i < f.evidence.size(); ++i)
        facts += (i ? "\", \"" : "") + f.evidence[i].text;
      facts += "\")";
    }
    facts += "\n";
  }
  if (!facts.empty()) out += "\nFacts:\n" + facts + "  (every other fact has its usual value)\n";
  if (!d.set_aside.empty()) {
    out += "\nSet aside (mentioned, but not as something that happened here):\n";
    for (auto& sa : d.set_aside) {
      out += "  \"" + sa.words.text + "\": ";
      // The statuses that look past a clause say what they mean in words.
      if (sa.status == "included")
        out += "part of " + words(sa.trigger_id) + " (\"" + sa.trigger.text + "\")";
      else if (sa.status == "corrected")
        out += "taken back later (\"" + sa.trigger.text + "\", " + sa.trigger_id + ")";
      else if (sa.status == "repeated")
        out += "read as " + words(sa.trigger_id) + ", since it went on (\"" + sa.trigger.text + "\")";
      else if (sa.status == "conflicting")
        out += "said both ways, so not read (\"" + sa.trigger.text + "\")";
      else if (sa.trigger.text != sa.words.text)
        out += words(sa.status) + " (\"" + sa.trigger.text + "\", " + sa.trigger_id + ")";
      else
        out += words(sa.status) + " (" + sa.trigger_id + ")";
      if (!sa.would_be.empty()) out += "; would have been " + words(sa.would_be);
      out += "\n";
    }
  }

  out += "\nSRO actions:\n";
  for (int a = 0; a < kSroActionCount; ++a) {
    auto name = sro_action_name(static_cast<SroAction>(a));
    out += std::string("  ") + name + ": ";
    switch (d.actions[a]) {
      case ActionState::Permitted: out += "permitted"; break;
      case ActionState::Forbidden: out += "not permitted"; break;
      case ActionState::Unknown: out += "depends"; break;
    }
    if (!d.action_clauses[a].empty()) out += " (clause " + numbers(p, d.action_clauses[a]) + ")";
    else if (d.actions[a] == ActionState::Forbidden) out += " (no clause permits it)";
    out += "\n";
  }
  if (!d.required.empty()) {
    out += "\nRequired:\n";
    for (auto& r : d.required) {
      std::string action = words(r.action);  // "notify(case_manager)" -> "notify case manager"
      for (char& ch : action)
        if (ch == '(') ch = ' ';
      if (!action.empty() && action.back() == ')') action.pop_back();
      out += "  " + action + " (clause " + p.clauses[r.clause]->number + ")";
      if (!r.certain) out += ", if it turns out to apply";
      out += "\n";
    }
  }
  if (!d.escalation.empty()) {
    out += "\nWho acts: ";
    for (size_t i = 0; i < d.escalation.size(); ++i)
      out += (i ? " -> " : "") + words(d.escalation[i]);
    out += "\n";
  }
  if (!d.changes.empty()) {
    out += "\nWhat would change it:\n";
    for (auto& c : d.changes) {
      out += c.up ? "  more serious: if " : "  less serious: if ";
      for (size_t i = 0; i < c.set.size(); ++i)
        out += (i ? " and " : "") + words(c.set[i].first) + " were " + words(c.set[i].second);
      out += std::string(" -> ") + outcome_name(c.outcome);
      if (!c.clauses.empty()) out += " (clause " + numbers(p, c.clauses) + ")";
      out += "\n";
    }
  }
  if (!d.rules.empty()) {
    out += d.depth == ExplainDepth::Fails ? "\nClauses that almost applied:\n" : "\nEvery clause:\n";
    for (auto& r : d.rules) {
      const char* v = r.applies == Tri::True ? "applies" : r.applies == Tri::False ? "does not apply" : "may apply";
      out += "  clause " + p.clauses[r.clause]->number + " " + r.effect + " " + r.targets + ": " + v + "\n";
      if (!r.failed.empty()) out += "    because " + r.failed + "\n";
      if (r.trace)
        for (auto& k : r.trace->kids) trace_lines(out, k, 4);
    }
  }
  return out;
}

}  // namespace guidepost
