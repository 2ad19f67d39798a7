// What a description adds to an incident: its behaviors and facts with
// their evidence, and the mentions set aside by context. What the incident
// gives already wins.
#include <algorithm>
#include <cctype>
#include <optional>

#include "guidepost/reader.h"
#include "read/discourse.h"
#include "parse/utf8.h"

namespace guidepost {

const char* mention_status_name(MentionStatus s) {
  switch (s) {
    case MentionStatus::Affirmed: return "affirmed";
    case MentionStatus::Disputed: return "disputed";
    case MentionStatus::Negated: return "negated";
    case MentionStatus::Hypothetical: return "hypothetical";
    case MentionStatus::Historical: return "historical";
    case MentionStatus::OtherPerson: return "other_person";
    case MentionStatus::Lookalike: return "lookalike";
    case MentionStatus::Corrected: return "corrected";
    case MentionStatus::Included: return "included";
    case MentionStatus::Conflicting: return "conflicting";
    case MentionStatus::Repeated: return "repeated";
  }
  return "affirmed";
}

std::optional<size_t> invalid_utf8_at(std::string_view text) { return first_invalid_utf8(text); }

void apply_reading(const Model& m, std::string_view text, const std::vector<Mention>& read,
                   Incident& in) {
  const std::vector<Mention> mentions = read_across_clauses(m, text, read);
  in.described = true;
  in.description = std::string(text);
  auto ev = [&](uint32_t b, uint32_t e) { return Evidence{b, e, std::string(text.substr(b, e - b))}; };
  // Fact values: the first `recognize` rule that matched wins; counts and
  // numbers keep the largest.
  struct Pick {
    int64_t value;
    std::vector<Evidence> evidence;
  };
  std::vector<std::optional<Pick>> picks(m.facts.size());
  // Facts whose first value named counts (`location: first_mentioned`):
  // "in the bus loop ... recovered from his locker" happened in the bus loop.
  std::vector<bool> first_mentioned(m.facts.size(), false);
  for (auto& r : m.recognize)
    if (r.extractor == "first_mentioned") first_mentioned[static_cast<size_t>(r.fact)] = true;
  for (auto& mt : mentions) {
    bool counts = mt.status == MentionStatus::Affirmed || mt.status == MentionStatus::Disputed;
    if (!counts) {
      Incident::SetAside sa;
      if (mt.index >= 0)
        sa.would_be = mt.behavior ? m.behaviors[mt.index].name
                                  : m.facts[mt.index].name + "=" + m.facts[mt.index].format(mt.value);
      // One entry per words: "gun" would be both a behavior and a weapon kind.
      // Mentions come in text order, so the same words are the last entry.
      auto same = in.set_aside.empty() ? in.set_aside.end() : in.set_aside.end() - 1;
      if (same != in.set_aside.end() && !(same->words.begin == mt.begin && same->words.end == mt.end))
        same = in.set_aside.end();
      if (same != in.set_aside.end()) {
        if (!sa.would_be.empty()) same->would_be += (same->would_be.empty() ? "" : ", ") + sa.would_be;
        continue;
      }
      sa.words = ev(mt.begin, mt.end);
      sa.trigger = ev(mt.trigger_begin, mt.trigger_end);
      sa.status = mention_status_name(mt.status);
      sa.trigger_id = mt.trigger;
      in.set_aside.push_back(std::move(sa));
      continue;
    }
    if (mt.behavior) {
      auto it = std::find_if(in.behavior_evidence.begin(), in.behavior_evidence.end(),
                             [&](auto& b) { return b.behavior == mt.index; });
      if (it == in.behavior_evidence.end()) {
        in.behavior_evidence.push_back({mt.index, {}, false, false});
        it = in.behavior_evidence.end() - 1;
      }
      it->evidence.push_back(ev(mt.begin, mt.end));
      it->disputed |= mt.status == MentionStatus::Disputed;
      continue;
    }
    auto& pick = picks[mt.index];
    if (!pick) {
      pick = Pick{mt.value, {ev(mt.begin, mt.end)}};
    } else if (pick->value == mt.value) {
      pick->evidence.push_back(ev(mt.begin, mt.end));
    } else if (m.facts[mt.index].kind == FactKind::Int && mt.value > pick->value) {
      pick = Pick{mt.value, {ev(mt.begin, mt.end)}};
    } else if (m.facts[mt.index].kind != FactKind::Int && !first_mentioned[mt.index]) {
      // Priority: the rule listed first in `recognize` decides.
      int pa = -1, pb = -1, i = 0;
      for (auto& r : m.recognize) {
        ++i;
        if (r.fact == mt.index && r.value == pick->value && pa < 0) pa = i;
        if (r.fact == mt.index && r.value == mt.value && pb < 0) pb = i;
      }
      if (pb >= 0 && (pa < 0 || pb < pa)) pick = Pick{mt.value, {ev(mt.begin, mt.end)}};
    }
  }
  fold_included(m, text, in);
  for (auto& be : in.behavior_evidence) {
    if (std::find(in.behaviors.begin(), in.behaviors.end(), be.behavior) != in.behaviors.end())
      be.given = true;
    else
      in.behaviors.push_back(be.behavior);
  }
  for (size_t f = 0; f < picks.size(); ++f) {
    if (!picks[f]) continue;
    auto it = std::find_if(in.facts.begin(), in.facts.end(),
                           [&](auto& g) { return g.fact == static_cast<int>(f); });
    if (it != in.facts.end()) {
      // Given wins; the description's words stay as evidence of what it said.
      if (it->evidence.empty() && it->value == picks[f]->value) it->evidence = picks[f]->evidence;
      continue;
    }
    in.facts.push_back({static_cast<int>(f), picks[f]->value, picks[f]->evidence,
                        FactSource::Described});
  }
}

}  // namespace guidepost
