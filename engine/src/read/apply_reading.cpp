// What a description adds to an incident: its behaviors and facts with
// their evidence, and the mentions set aside by context. What the incident
// gives already wins.
#include <algorithm>
#include <cctype>
#include <optional>

#include "guidepost/reader.h"
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
  }
  return "affirmed";
}

std::optional<size_t> invalid_utf8_at(std::string_view text) { return first_invalid_utf8(text); }

namespace {

// Scare quotes: `the "knife" incident`, `a "fight"`. A term that is the
// whole of a short quotation after an article names what someone called it,
// not what happened; quoted speech (`said "I'll fight you"`) is not set
// aside. Set aside as a look-alike, naming the quotation.
void set_aside_scare_quotes(std::string_view text, std::vector<Mention>& mentions) {
  auto open_before = [&](uint32_t at) -> size_t {  // bytes of the quote mark, or 0
    if (at >= 1 && text[at - 1] == '"') return 1;
    if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\x9C") return 3;
    return 0;
  };
  auto close_after = [&](uint32_t at) -> size_t {
    if (at < text.size() && text[at] == '"') return 1;
    if (text.substr(at, 3) == "\xE2\x80\x9D") return 3;
    return 0;
  };
  for (auto& mt : mentions) {
    if (mt.status != MentionStatus::Affirmed && mt.status != MentionStatus::Disputed) continue;
    size_t o = open_before(mt.begin), c = close_after(mt.end);
    if (!o || !c) continue;
    std::string_view inside = text.substr(mt.begin, mt.end - mt.begin);
    if (std::count(inside.begin(), inside.end(), ' ') > 2) continue;
    // The word before the opening quote.
    size_t e = mt.begin - o;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    std::string before(text.substr(b, e - b));
    for (auto& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static const char* const articles[] = {"the", "a", "an", "this", "that", "so-called", "called"};
    if (std::none_of(std::begin(articles), std::end(articles), [&](const char* a) { return before == a; }))
      continue;
    mt.status = MentionStatus::Lookalike;
    mt.trigger = "scare-quotes";
    mt.trigger_begin = static_cast<uint32_t>(b);
    mt.trigger_end = static_cast<uint32_t>(mt.end + c);
  }
}

// "Sixth grader swore in the lunch line. In 4th grade he brought a pistol to
// school": a sentence placed in an earlier grade than the student's is
// history. Everything it mentions after "in 4th grade" is set aside as
// historical, naming those words.
void set_aside_earlier_grades(const Model& m, std::string_view text, std::vector<Mention>& mentions) {
  int grade_fact = -1;
  for (auto& r : m.recognize)
    if (r.extractor == "grade") grade_fact = r.fact;
  if (grade_fact < 0) return;
  int64_t current = -1;
  for (auto& mt : mentions)
    if (!mt.behavior && mt.index == grade_fact && mt.status == MentionStatus::Affirmed)
      current = std::max(current, mt.value);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& g = mentions[i];
    if (g.behavior || g.index != grade_fact || g.value >= current) continue;
    size_t b = g.begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b < 2 || !(std::tolower(static_cast<unsigned char>(text[b - 2])) == 'i' &&
                   std::tolower(static_cast<unsigned char>(text[b - 1])) == 'n') ||
        (b > 2 && std::isalpha(static_cast<unsigned char>(text[b - 3]))))
      continue;
    for (size_t j = i + 1; j < mentions.size(); ++j) {
      Mention& e = mentions[j];
      std::string_view between = text.substr(g.end, e.begin > g.end ? e.begin - g.end : 0);
      if (between.find_first_of(".!?\n") != std::string_view::npos) break;
      if (e.status != MentionStatus::Affirmed && e.status != MentionStatus::Disputed) continue;
      if (!e.behavior && e.index == grade_fact) continue;
      e.status = MentionStatus::Historical;
      e.trigger = "earlier-grade";
      e.trigger_begin = static_cast<uint32_t>(b - 2);
      e.trigger_end = g.end;
    }
  }
}

// A later correction takes back the earlier mentions of what it is about:
// "said he had a knife ... there was no knife", "a handgun ... it turned out
// to be an airsoft pistol". Reports are written in time order, so the last
// word on a behavior or a fact is the one that counts.
std::vector<Mention> with_corrections(const Model& m, std::string_view text,
                                      const std::vector<Mention>& mentions) {
  std::vector<Mention> out = mentions;
  set_aside_scare_quotes(text, out);
  set_aside_earlier_grades(m, text, out);
  for (size_t i = 0; i < out.size(); ++i) {
    const Mention& c = out[i];
    if (!c.corrects || c.index < 0) continue;
    // What it takes back: everything said of its behavior or fact when it
    // denies it ("there was no knife"), else only a different value ("a
    // handgun ... turned out to be an airsoft pistol").
    bool denies = c.status != MentionStatus::Affirmed && c.status != MentionStatus::Disputed;
    for (size_t j = 0; j < i; ++j) {
      Mention& e = out[j];
      bool counts = e.status == MentionStatus::Affirmed || e.status == MentionStatus::Disputed;
      if (!counts || e.behavior != c.behavior || e.index != c.index) continue;
      if (e.begin >= c.begin) continue;  // the same words
      if (!denies && (e.behavior || e.value == c.value)) continue;
      e.status = MentionStatus::Corrected;
      e.trigger = c.correction;
      e.trigger_begin = c.correction_begin;
      e.trigger_end = c.correction_end;
    }
  }
  return out;
}

// Whether the words [a, b) and [c, d) share a sentence.
bool same_sentence(std::string_view text, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  uint32_t from = std::min(b, d), to = std::max(a, c);
  if (from >= to) return true;
  return text.substr(from, to - from).find_first_of(".!?\n") == std::string_view::npos;
}

// A behavior read only where a behavior that includes it is read in the
// same sentence is part of it ("took $40 from a freshman at knifepoint" is
// a robbery, not a theft as well): its words are set aside as `included`,
// naming the words that include them.
void fold_included(const Model& m, std::string_view text, Incident& in) {
  auto& bes = in.behavior_evidence;
  std::vector<bool> fold(bes.size(), false);
  std::vector<const Evidence*> by(bes.size(), nullptr);  // per evidence of B: the first one
  std::vector<int> by_behavior(bes.size(), -1);
  for (size_t i = 0; i < bes.size(); ++i) {
    const Evidence* cover = nullptr;
    int cover_behavior = -1;
    bool all = !bes[i].evidence.empty();
    for (auto& e : bes[i].evidence) {
      const Evidence* found = nullptr;
      for (size_t j = 0; j < bes.size() && !found; ++j) {
        auto& inc = m.behaviors[static_cast<size_t>(bes[j].behavior)].includes;
        if (std::find(inc.begin(), inc.end(), bes[i].behavior) == inc.end()) continue;
        for (auto& a : bes[j].evidence)
          if (same_sentence(text, e.begin, e.end, a.begin, a.end)) {
            found = &a;
            cover_behavior = bes[j].behavior;
            break;
          }
      }
      if (!found) {
        all = false;
        break;
      }
      if (!cover) cover = found;
    }
    if (!all) continue;
    fold[i] = true;
    by[i] = cover;
    by_behavior[i] = cover_behavior;
  }
  std::vector<BehaviorEvidence> kept;
  for (size_t i = 0; i < bes.size(); ++i) {
    if (!fold[i]) {
      kept.push_back(bes[i]);
      continue;
    }
    for (auto& e : bes[i].evidence) {
      Incident::SetAside sa;
      sa.words = e;
      sa.trigger = *by[i];
      sa.status = mention_status_name(MentionStatus::Included);
      sa.trigger_id = m.behaviors[static_cast<size_t>(by_behavior[i])].name;
      sa.would_be = m.behaviors[static_cast<size_t>(bes[i].behavior)].name;
      in.set_aside.push_back(std::move(sa));
    }
  }
  bes = std::move(kept);
  std::stable_sort(in.set_aside.begin(), in.set_aside.end(),
                   [](auto& a, auto& b) { return a.words.begin < b.words.begin; });
}

}  // namespace

void apply_reading(const Model& m, std::string_view text, const std::vector<Mention>& read,
                   Incident& in) {
  const std::vector<Mention> mentions = with_corrections(m, text, read);
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
    } else if (m.facts[mt.index].kind != FactKind::Int) {
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
