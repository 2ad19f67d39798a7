// The JSON decision (docs/decision-json.md). Written by hand: a batch of a
// million decisions cannot afford a DOM per record.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

#include "guidepost/decision_format.h"

namespace guidepost {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

namespace {

void num(std::string& out, int64_t v) {
  char buf[24];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, p);
}

void key(std::string& out, const char* k) {
  out += '"';
  out += k;
  out += "\":";
}

const char* action_state(ActionState a) {
  switch (a) {
    case ActionState::Permitted: return "permitted";
    case ActionState::Forbidden: return "forbidden";
    case ActionState::Unknown: return "unknown";
  }
  return "forbidden";
}

const char* tri_name(Tri t) {
  switch (t) {
    case Tri::True: return "true";
    case Tri::False: return "false";
    case Tri::Unknown: return "unknown";
  }
  return "false";
}


void fact_value_text(std::string& out, const FactDef& f, const std::string& text) {
  if (f.kind == FactKind::Enum) append_json_string(out, text);
  else out += text;
}

void clause_numbers(std::string& out, const Plan& p, const std::vector<int>& cs) {
  out += '[';
  for (size_t i = 0; i < cs.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, p.clauses[cs[i]]->number);
  }
  out += ']';
}

void evidence(std::string& out, const std::vector<Evidence>& ev) {
  out += ",\"evidence\":[";
  for (size_t i = 0; i < ev.size(); ++i) {
    if (i) out += ',';
    out += "{\"begin\":";
    num(out, ev[i].begin);
    out += ",\"end\":";
    num(out, ev[i].end);
    out += ",\"text\":";
    append_json_string(out, ev[i].text);
    out += '}';
  }
  out += ']';
}

void trace(std::string& out, const CondTrace& t) {
  out += "{\"condition\":";
  append_json_string(out, t.text);
  out += ",\"value\":\"";
  out += tri_name(t.value);
  out += '"';
  if (!t.kids.empty()) {
    out += ",\"parts\":[";
    for (size_t i = 0; i < t.kids.size(); ++i) {
      if (i) out += ',';
      trace(out, t.kids[i]);
    }
    out += ']';
  }
  out += '}';
}

void responses(std::string& out, const std::string& min, const std::string& max) {
  key(out, "responses");
  if (min.empty() && max.empty()) {
    out += "null";
    return;
  }
  out += "{\"min\":";
  append_json_string(out, min);
  out += ",\"max\":";
  append_json_string(out, max);
  out += '}';
}

}  // namespace

void append_decision_json(std::string& out, const Plan& p, const Decision& d,
                          const FormatOptions& o) {
  const Model& m = *p.model;
  out += '{';
  if (o.record) {
    key(out, "record");
    num(out, *o.record);
    out += ',';
  }
  if (!d.id.empty()) {
    key(out, "id");
    append_json_string(out, d.id);
    out += ',';
  }
  key(out, "outcome");
  append_json_string(out, outcome_name(d.outcome));
  out += ',';
  if (d.described) {
    key(out, "recognised");
    out += d.nothing_recognised ? "false," : "true,";
    if (d.nothing_recognised) {
      key(out, "notice");
      append_json_string(out, "no behavior recognised in the description");
      out += ',';
    }
    key(out, "set_aside");
    out += '[';
    for (size_t i = 0; i < d.set_aside.size(); ++i) {
      auto& sa = d.set_aside[i];
      if (i) out += ',';
      out += "{\"words\":{\"begin\":";
      num(out, sa.words.begin);
      out += ",\"end\":";
      num(out, sa.words.end);
      out += ",\"text\":";
      append_json_string(out, sa.words.text);
      out += "},\"status\":";
      append_json_string(out, sa.status);
      out += ",\"would_be\":";
      append_json_string(out, sa.would_be);
      out += ",\"trigger\":{\"id\":";
      append_json_string(out, sa.trigger_id);
      out += ",\"begin\":";
      num(out, sa.trigger.begin);
      out += ",\"end\":";
      num(out, sa.trigger.end);
      out += ",\"text\":";
      append_json_string(out, sa.trigger.text);
      out += "}}";
    }
    out += "],";
  }
  key(out, "level");
  if (d.has_level) num(out, d.level);
  else out += "null";
  if (d.level_max != d.level && d.has_level) {
    out += ',';
    key(out, "level_max");
    num(out, d.level_max);
  }
  out += ",\"behaviors\":[";
  for (size_t i = 0; i < d.behaviors.size(); ++i) {
    auto& b = d.behaviors[i];
    if (i) out += ',';
    out += "{\"id\":";
    append_json_string(out, b.id);
    out += ",\"label\":";
    append_json_string(out, b.label);
    out += ",\"level\":";
    if (b.level) num(out, b.level);
    else out += "null";
    if (!b.raised_by.empty()) {
      out += ",\"raised_by\":";
      append_json_string(out, b.raised_by);
    }
    if (!b.evidence.empty()) evidence(out, b.evidence);
    if (d.described) {
      out += ",\"source\":";
      out += b.given ? "\"given\"" : "\"described\"";
      out += ",\"status\":";
      out += b.disputed ? "\"disputed\"" : "\"affirmed\"";
    }
    out += '}';
  }
  out += "],\"facts\":{";
  for (size_t i = 0; i < d.facts.size(); ++i) {
    auto& f = d.facts[i];
    if (i) out += ',';
    append_json_string(out, f.name);
    out += ":{\"value\":";
    if (f.value) fact_value_text(out, m.facts[f.fact], *f.value);
    else out += "null";
    out += ",\"source\":";
    append_json_string(out, fact_source_name(f.source));
    if (!f.implied_by.empty()) {
      out += ",\"implied_by\":";
      append_json_string(out, f.implied_by);
    }
    if (!f.evidence.empty()) evidence(out, f.evidence);
    out += '}';
  }
  out += "},\"sro_actions\":{";
  for (int a = 0; a < kSroActionCount; ++a) {
    if (a) out += ',';
    append_json_string(out, sro_action_name(static_cast<SroAction>(a)));
    out += ':';
    append_json_string(out, action_state(d.actions[a]));
  }
  out += "},\"action_clauses\":{";
  for (int a = 0; a < kSroActionCount; ++a) {
    if (a) out += ',';
    append_json_string(out, sro_action_name(static_cast<SroAction>(a)));
    out += ':';
    clause_numbers(out, p, d.action_clauses[a]);
  }
  out += "},\"required\":[";
  for (size_t i = 0; i < d.required.size(); ++i) {
    if (i) out += ',';
    out += "{\"action\":";
    append_json_string(out, d.required[i].action);
    out += ",\"clause\":";
    append_json_string(out, p.clauses[d.required[i].clause]->number);
    out += ",\"certain\":";
    out += d.required[i].certain ? "true" : "false";
    out += '}';
  }
  out += "],";
  responses(out, d.response_min, d.response_max);
  out += ",\"escalation\":[";
  for (size_t i = 0; i < d.escalation.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, d.escalation[i]);
  }
  out += "],\"determining_clauses\":";
  clause_numbers(out, p, d.determining);
  // The text of every clause the decision cites, so a reader needs nothing else.
  std::vector<int> cited = d.determining;
  auto cite = [&](int c) {
    if (std::find(cited.begin(), cited.end(), c) == cited.end()) cited.push_back(c);
  };
  for (auto& v : d.action_clauses)
    for (int c : v) cite(c);
  for (auto& r : d.required) cite(r.clause);
  for (auto& b : d.branches)
    for (int c : b.clauses) cite(c);
  for (auto& ch : d.changes)
    for (int c : ch.clauses) cite(c);
  out += ",\"clauses\":{";
  for (size_t i = 0; i < cited.size(); ++i) {
    const ClauseDef& c = *p.clauses[cited[i]];
    if (i) out += ',';
    append_json_string(out, c.number);
    out += ":{\"title\":";
    append_json_string(out, c.title);
    out += ",\"prose\":";
    append_json_string(out, c.prose);
    out += ",\"quoted\":";
    out += c.mode == ClauseDef::Mode::Quote ? "true" : "false";
    out += ",\"document\":";
    append_json_string(out, c.document);
    out += ",\"section\":";
    append_json_string(out, c.section);
    out += ",\"url\":";
    append_json_string(out, c.url);
    out += '}';
  }
  out += '}';
  if (d.outcome == Outcome::Depends) {
    out += ",\"branches\":[";
    for (size_t i = 0; i < d.branches.size(); ++i) {
      auto& b = d.branches[i];
      if (i) out += ',';
      out += "{\"fact\":";
      append_json_string(out, b.fact);
      out += ",\"value\":";
      append_json_string(out, b.value);
      out += ",\"outcome\":";
      append_json_string(out, outcome_name(b.outcome));
      out += ",\"clauses\":";
      clause_numbers(out, p, b.clauses);
      out += '}';
    }
    out += ']';
  }
  if (o.trace) {
    out += ",\"changes\":[";
    for (size_t i = 0; i < d.changes.size(); ++i) {
      auto& c = d.changes[i];
      if (i) out += ',';
      out += "{\"direction\":";
      out += c.up ? "\"up\"" : "\"down\"";
      out += ",\"set\":{";
      for (size_t k = 0; k < c.set.size(); ++k) {
        if (k) out += ',';
        append_json_string(out, c.set[k].first);
        out += ':';
        fact_value_text(out, m.facts[m.fact_index.find(c.set[k].first)->second], c.set[k].second);
      }
      out += "},\"outcome\":";
      append_json_string(out, outcome_name(c.outcome));
      out += ",\"clauses\":";
      clause_numbers(out, p, c.clauses);
      out += '}';
    }
    out += "],\"trace\":{\"depth\":";
    append_json_string(out, d.depth == ExplainDepth::Summary ? "summary"
                            : d.depth == ExplainDepth::Fails ? "fails"
                                                             : "full");
    out += ",\"rules\":[";
    for (size_t i = 0; i < d.rules.size(); ++i) {
      auto& r = d.rules[i];
      if (i) out += ',';
      out += "{\"clause\":";
      append_json_string(out, p.clauses[r.clause]->number);
      out += ",\"effect\":";
      append_json_string(out, r.effect);
      out += ",\"targets\":";
      append_json_string(out, r.targets);
      out += ",\"applies\":\"";
      out += tri_name(r.applies);
      out += '"';
      if (!r.failed.empty()) {
        out += ",\"failed\":";
        append_json_string(out, r.failed);
      }
      if (r.trace) {
        out += ",\"conditions\":";
        trace(out, *r.trace);
      }
      out += '}';
    }
    out += "]}";
  }
  out += '}';
}

// JSON fragments of a plan's names, escaped once: a batch writes them a
// million times.
struct CoreJsonWriter::Names {
  std::vector<std::string> behavior;  // {"id":"fighting"}
  std::vector<std::string> fact;      // "weapon":{"value":
  std::vector<std::string> clause;    // "4.1"
  std::vector<std::string> duty;      // {"action":"notify(parent)","clause":"4.1"}
  std::vector<std::string> emergency; // {"action":"emergency","clause":"2.1"}
  std::vector<std::string> responses; // per level index: "responses":{...}
  std::vector<std::string> enum_value;  // per fact, per value: "knife"
  std::vector<size_t> enum_base;
};

CoreJsonWriter::CoreJsonWriter(std::shared_ptr<const Plan> plan)
    : plan_(std::move(plan)), names_(std::make_unique<Names>()) {
  const Plan& p = *plan_;
  Names* n = names_.get();
  const Model& m = *p.model;
  for (auto& b : m.behaviors) {
    std::string x = "{\"id\":";
    append_json_string(x, b.name);
    n->behavior.push_back(x + "}");
  }
  for (auto& f : m.facts) {
    std::string x;
    append_json_string(x, f.name);
    n->fact.push_back(x + ":{\"value\":");
    n->enum_base.push_back(n->enum_value.size());
    for (auto& v : f.values) {
      std::string e;
      append_json_string(e, v);
      n->enum_value.push_back(e);
    }
  }
  for (auto* c : p.clauses) {
    std::string x;
    append_json_string(x, c->number);
    n->clause.push_back(x);
  }
  for (auto& d : p.duties) {
    std::string x = "{\"action\":";
    append_json_string(x, std::string(duty_kind_name(d.duty.kind)) + "(" + m.roles[d.duty.role].name + ")");
    n->duty.push_back(x + ",\"clause\":" + n->clause[d.rule.clause] + "}");
  }
  for (auto& e : p.emergencies)
    n->emergency.push_back("{\"action\":\"emergency\",\"clause\":" + n->clause[e.clause] + "}");
  for (auto& l : m.levels) {
    std::string x;
    responses(x, l.min_response >= 0 ? m.responses[l.min_response].name : "",
              l.max_response >= 0 ? m.responses[l.max_response].name : "");
    n->responses.push_back(x);
  }
}

CoreJsonWriter::~CoreJsonWriter() = default;
CoreJsonWriter::CoreJsonWriter(CoreJsonWriter&&) noexcept = default;

void CoreJsonWriter::append(std::string& out, const Incident& in, const CoreDecision& d,
                            const Scratch& s, long record) const {
  const Plan& p = *plan_;
  const Model& m = *p.model;
  const Names& names = *names_;
  out += "{\"record\":";
  num(out, record);
  if (!in.id.empty()) {
    out += ",\"id\":";
    append_json_string(out, in.id);
  }
  out += ",\"outcome\":\"";
  out += outcome_name(d.outcome);
  out += "\",\"level\":";
  if (d.has_level) num(out, d.level_lo);
  else out += "null";
  out += ",\"behaviors\":[";
  for (size_t i = 0; i < in.behaviors.size(); ++i) {
    if (i) out += ',';
    out += names.behavior[in.behaviors[i]];
  }
  out += "],\"facts\":{";
  bool first = true;
  for (size_t f = 0; f < m.facts.size(); ++f) {
    if (s.source[f] == FactSource::Default) continue;  // defaults are the policy's
    if (!first) out += ',';
    first = false;
    out += names.fact[f];
    if (!s.known[f]) out += "null";
    else if (m.facts[f].kind == FactKind::Enum) out += names.enum_value[names.enum_base[f] + s.value[f]];
    else if (m.facts[f].kind == FactKind::Bool) out += s.value[f] ? "true" : "false";
    else num(out, s.value[f]);
    out += ",\"source\":\"";
    out += fact_source_name(s.source[f]);
    out += "\"}";
  }
  static const char* const kActions =
      "},\"sro_actions\":{\"involve\":\"\0\",\"question\":\"\0\",\"search\":\"\0\",\"cite\":\"\0\",\"arrest\":\"\0\",\"restrain\":\"";
  // Written piecewise: the literal above marks where each state goes.
  const char* piece = kActions;
  for (int a = 0; a < kSroActionCount; ++a) {
    size_t len = std::strlen(piece);
    out.append(piece, len);
    piece += len + 1;
    out += action_state(d.actions[a]);
  }
  out += "\"},\"required\":[";
  first = true;
  for (size_t k = 0; k < p.emergencies.size(); ++k)
    if (s.emergency_state[k] == Tri::True) {
      if (!first) out += ',';
      first = false;
      out += names.emergency[k];
    }
  for (size_t k = 0; k < p.duties.size(); ++k)
    if (s.duty_state[k] == Tri::True) {
      if (!first) out += ',';
      first = false;
      out += names.duty[k];
    }
  out += "],";
  if (d.has_level) {
    size_t li = 0;
    while (li < m.levels.size() && m.levels[li].number != d.level_hi) ++li;
    out += li < m.levels.size() ? names.responses[li] : "\"responses\":null";
  } else {
    out += "\"responses\":null";
  }
  out += ",\"determining_clauses\":[";
  // Same rule as determining_clauses(), inlined to stay allocation-free.
  first = true;
  auto emit = [&](const PlanRule& r, Tri want) {
    if (rule_value(p, r, s, d.level_lo, d.level_hi) != want) return;
    if (!first) out += ',';
    first = false;
    out += names.clause[r.clause];
  };
  const int involve = static_cast<int>(SroAction::Involve);
  if (d.outcome == Outcome::Emergency)
    for (auto& r : p.emergencies) emit(r, Tri::True);
  else if (d.outcome == Outcome::Sro)
    for (auto& r : p.permits[involve]) emit(r, Tri::True);
  else if (d.outcome == Outcome::Staff)
    for (auto& r : p.forbids[involve]) emit(r, Tri::True);
  else
    for (auto& r : p.permits[involve]) emit(r, Tri::Unknown);
  out += "]}";
}

}  // namespace guidepost
