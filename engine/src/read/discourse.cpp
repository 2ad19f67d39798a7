// Reading past one clause: what a later sentence, a quotation or a
// sentence's grade changes about mentions read clause by clause.
#include "read/discourse.h"

#include "read/text.h"

#include <algorithm>
#include <cctype>

namespace guidepost {

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

// A yes/no fact the description says both ways ("He is in the office right
// now ... nobody is in any danger") is not read at all: a priority between
// yes and no would be a guess, and the fact, left to its default or asked,
// is what the principal is then asked. Each side names the other.
void set_aside_conflicts(const Model& m, std::vector<Mention>& mentions) {
  auto counts = [](const Mention& x) {
    return x.status == MentionStatus::Affirmed || x.status == MentionStatus::Disputed;
  };
  for (size_t f = 0; f < m.facts.size(); ++f) {
    if (m.facts[f].kind != FactKind::Bool) continue;
    const Mention* first[2] = {nullptr, nullptr};
    for (auto& x : mentions)
      if (!x.behavior && x.index == static_cast<int>(f) && counts(x) && !first[x.value != 0])
        first[x.value != 0] = &x;
    if (!first[0] || !first[1]) continue;
    Mention a = *first[0], b = *first[1];
    for (auto& x : mentions) {
      if (x.behavior || x.index != static_cast<int>(f) || !counts(x)) continue;
      const Mention& other = x.value != 0 ? a : b;
      x.status = MentionStatus::Conflicting;
      x.trigger = "conflict";
      x.trigger_begin = other.begin;
      x.trigger_end = other.end;
    }
  }
}

// The last word of a mention: its head noun, as a rule ("pocket knife").
std::string_view last_word(std::string_view s) {
  size_t e = s.size();
  while (e > 0 && !std::isalnum(static_cast<unsigned char>(s[e - 1]))) --e;
  size_t b = e;
  while (b > 0 && (std::isalnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] & 0x80)) --b;
  return s.substr(b, e - b);
}

// The same word, inflections aside ("stealing", "stolen").
bool same_word(std::string_view a, std::string_view b) {
  auto lower = [](std::string_view w) {
    std::string s(w);
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  return read::stem(lower(a)) == read::stem(lower(b));
}

// Whether the words [a, b) and [c, d) share a sentence.
bool same_sentence(std::string_view text, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  uint32_t from = std::min(b, d), to = std::max(a, c);
  if (from >= to) return true;
  return text.substr(from, to - from).find_first_of(".!?\n") == std::string_view::npos;
}

}  // namespace

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
    // What it takes back: when it denies, the earlier mentions of the same
    // thing ("had a pocket knife ... there was no knife", but not "a rifle
    // ... there was no ammunition", though both read as a firearm); else the
    // mentions of another value ("a handgun ... turned out to be an airsoft
    // pistol").
    bool denies = c.status != MentionStatus::Affirmed && c.status != MentionStatus::Disputed;
    std::string_view head = last_word(text.substr(c.begin, c.end - c.begin));
    for (size_t j = 0; j < i; ++j) {
      Mention& e = out[j];
      bool counts = e.status == MentionStatus::Affirmed || e.status == MentionStatus::Disputed;
      if (!counts || e.behavior != c.behavior || e.index != c.index) continue;
      if (e.begin >= c.begin) continue;  // the same words
      if (!denies && (e.behavior || e.value == c.value)) continue;
      if (denies && !same_word(last_word(text.substr(e.begin, e.end - e.begin)), head)) continue;
      e.status = MentionStatus::Corrected;
      e.trigger = c.correction;
      e.trigger_begin = c.correction_begin;
      e.trigger_end = c.correction_end;
    }
  }
  set_aside_conflicts(m, out);
  return out;
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


}  // namespace guidepost
