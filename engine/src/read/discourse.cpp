// Reading past one clause: what a later sentence, a quotation or a
// sentence's grade changes about mentions read clause by clause.
#include "read/discourse.h"

#include "read/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace guidepost {

namespace {

// Sentence ends (".!?\n") in order: whether two spans share a sentence is two
// binary searches, not a scan of the text between them.
struct SentenceEnds {
  std::vector<uint32_t> at;
  // `marks`: the characters that end one (clauses end at more of them).
  explicit SentenceEnds(std::string_view t, std::string_view marks = ".!?\n") {
    for (uint32_t i = 0; i < t.size(); ++i)
      if (marks.find(t[i]) != std::string_view::npos) at.push_back(i);
  }
  // Sentence ends before byte x.
  size_t before(uint32_t x) const { return std::lower_bound(at.begin(), at.end(), x) - at.begin(); }
  // The first sentence end at or after x (or SIZE_MAX).
  size_t next(uint32_t x) const {
    auto it = std::lower_bound(at.begin(), at.end(), x);
    return it == at.end() ? SIZE_MAX : *it;
  }
};

// Scare quotes: `the "knife" incident`, `a "fight"`. A term that is the
// whole of a short quotation after an article names what someone called it,
// not what happened; quoted speech (`said "I'll fight you"`) is not set
// aside. Set aside as a look-alike, naming the quotation.
void set_aside_scare_quotes(std::string_view text, std::vector<Mention>& mentions) {
  // Single quotes too ('fight', ‘fight’), where the mark is not an
  // apostrophe: nothing of the word touches its outer side.
  auto letter = [&](size_t i) { return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])); };
  auto open_before = [&](uint32_t at) -> size_t {  // bytes of the quote mark, or 0
    if (at >= 1 && text[at - 1] == '"') return 1;
    if (at >= 3 && (text.substr(at - 3, 3) == "\xE2\x80\x9C" || text.substr(at - 3, 3) == "\xE2\x80\x98"))
      return 3;
    if (at >= 1 && text[at - 1] == '\'' && (at == 1 || !letter(at - 2))) return 1;
    return 0;
  };
  auto close_after = [&](uint32_t at) -> size_t {
    if (at < text.size() && text[at] == '"') return 1;
    if (text.substr(at, 3) == "\xE2\x80\x9D") return 3;
    if (text.substr(at, 3) == "\xE2\x80\x99" && !letter(at + 3)) return 3;
    if (at < text.size() && text[at] == '\'' && !letter(at + 1)) return 1;
    return 0;
  };
  for (auto& mt : mentions) {
    if (mt.status != MentionStatus::Affirmed && mt.status != MentionStatus::Disputed) continue;
    size_t start = mt.begin, o = open_before(mt.begin);
    // An article inside the quotation ("a gun.", with the period inside)
    // makes it a name for a thing, whatever word comes before it.
    bool article_inside = false;
    if (!o)
      for (std::string_view art : {"a ", "an ", "the "})
        if (mt.begin >= art.size() + 1 &&
            std::equal(art.begin(), art.end(), text.begin() + static_cast<long>(mt.begin - art.size()),
                       [](char a, char t) {
                         return a == std::tolower(static_cast<unsigned char>(t));
                       })) {
          if (size_t q = open_before(static_cast<uint32_t>(mt.begin - art.size()))) {
            start = mt.begin - art.size();
            o = q;
            article_inside = true;
            break;
          }
        }
    size_t end = mt.end;
    if (article_inside && end < text.size() && std::string_view(".,!?").find(text[end]) != std::string_view::npos)
      ++end;
    size_t c = close_after(static_cast<uint32_t>(end));
    if (!o || !c) continue;
    std::string_view inside = text.substr(mt.begin, mt.end - mt.begin);
    if (std::count(inside.begin(), inside.end(), ' ') > 2) continue;
    // The word before the opening quote.
    size_t e = start - o;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    std::string before(text.substr(b, e - b));
    for (auto& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static const char* const articles[] = {"the", "a", "an", "this", "that", "called"};
    if (!article_inside &&
        std::none_of(std::begin(articles), std::end(articles), [&](const char* a) { return before == a; }))
      continue;
    mt.status = MentionStatus::Lookalike;
    mt.trigger = "scare-quotes";
    mt.trigger_begin = static_cast<uint32_t>(article_inside ? start - o : b);
    mt.trigger_end = static_cast<uint32_t>(end + c);
  }
}

// "Sixth grader swore in the lunch line. In 4th grade he brought a pistol to
// school": a sentence placed in an earlier grade than the student's is
// history. What it mentions after "in 4th grade" is set aside as
// historical, naming those words. Only where "in 4th grade" starts a clause
// or follows "was", "were", "back", "year", "when" or "while": in "cornered a
// boy in kindergarten and pulled out a knife" the grade is the boy's.
void set_aside_earlier_grades(const Model& m, std::string_view text, std::vector<Mention>& mentions) {
  int grade_fact = -1;
  for (auto& r : m.recognize)
    if (r.extractor == "grade") grade_fact = r.fact;
  if (grade_fact < 0) return;
  int64_t current = -1;
  for (auto& mt : mentions)
    if (!mt.behavior && mt.index == grade_fact && mt.status == MentionStatus::Affirmed)
      current = std::max(current, mt.value);
  if (std::none_of(mentions.begin(), mentions.end(), [&](const Mention& g) {
        return !g.behavior && g.index == grade_fact && g.value < current;
      }))
    return;  // no earlier grade named
  // To the end of the sentence ("In 4th grade he brought his dad's pistol;
  // the family's guns are locked up now" is one story), or of an aside.
  SentenceEnds clauses(text, ".!?()\n");
  size_t done_until = 0;  // mentions before this are already scoped by an earlier grade
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& g = mentions[i];
    if (i < done_until) continue;
    if (g.behavior || g.index != grade_fact || g.value >= current) continue;
    size_t b = g.begin;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b < 2 || !(std::tolower(static_cast<unsigned char>(text[b - 2])) == 'i' &&
                   std::tolower(static_cast<unsigned char>(text[b - 1])) == 'n') ||
        (b > 2 && (std::isalpha(static_cast<unsigned char>(text[b - 3])) || (text[b - 3] & 0x80))))
      continue;
    // The word before "in", if the clause does not start there.
    size_t w_end = b - 2;
    while (w_end > 0 && text[w_end - 1] == ' ') --w_end;
    size_t w_begin = w_end;
    while (w_begin > 0 && std::isalpha(static_cast<unsigned char>(text[w_begin - 1]))) --w_begin;
    if (w_end > 0 && w_begin == w_end && std::string_view(",;:(.!?\n").find(text[w_end - 1]) ==
                                              std::string_view::npos)
      continue;  // after a number or a symbol: not a clause of its own
    if (w_begin < w_end) {
      std::string before(text.substr(w_begin, w_end - w_begin));
      for (auto& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      static const char* const lead[] = {"was", "were", "back", "year", "when", "while"};
      if (std::none_of(std::begin(lead), std::end(lead), [&](const char* x) { return before == x; }))
        continue;
    }
    size_t stop = clauses.next(g.end);
    size_t j = i + 1;
    for (; j < mentions.size(); ++j) {
      Mention& e = mentions[j];
      if (e.begin > g.end && stop < e.begin) break;
      if (e.status != MentionStatus::Affirmed && e.status != MentionStatus::Disputed) continue;
      if (!e.behavior && e.index == grade_fact) continue;
      e.status = MentionStatus::Historical;
      e.trigger = "earlier-grade";
      e.trigger_begin = static_cast<uint32_t>(b - 2);
      e.trigger_end = g.end;
    }
    done_until = j;
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

// "Calling her names every day for two weeks" is bullying: a behavior that
// another `repeats`, said to go on over time, is read as that one. The words
// stay as its evidence, and a set-aside entry says what they would have been
// and names the repetition.
std::vector<Mention> read_repeats(const Model& m, const std::vector<Mention>& mentions) {
  std::vector<Mention> out;
  out.reserve(mentions.size());
  for (auto& x : mentions) {
    int as = -1;
    if (x.behavior && x.repeated && x.index >= 0 &&
        (x.status == MentionStatus::Affirmed || x.status == MentionStatus::Disputed))
      for (size_t b = 0; b < m.behaviors.size() && as < 0; ++b) {
        auto& r = m.behaviors[b].repeats;
        if (std::find(r.begin(), r.end(), x.index) != r.end()) as = static_cast<int>(b);
      }
    if (as < 0) {
      out.push_back(x);
      continue;
    }
    Mention was = x;
    was.status = MentionStatus::Repeated;
    was.trigger = m.behaviors[static_cast<size_t>(as)].name;
    was.trigger_begin = x.repetition_begin;
    was.trigger_end = x.repetition_end;
    out.push_back(was);
    out.push_back(x);
    out.back().index = as;
  }
  return out;
}

// "Pushed him against a car and took his AirPods" is a robbery: a behavior
// that another `combines` with a partner ("theft with assault"), named in
// one sentence with it, is read as that one. Both mentions become its
// evidence, and set-aside entries say each was part of it.
void read_combined(const Model& m, std::string_view text, std::vector<Mention>& out) {
  if (std::none_of(m.behaviors.begin(), m.behaviors.end(), [](auto& b) { return b.combines >= 0; }))
    return;
  auto counts = [](const Mention& x) {
    return x.behavior && x.index >= 0 &&
           (x.status == MentionStatus::Affirmed || x.status == MentionStatus::Disputed);
  };
  SentenceEnds ends(text);
  const size_t n = out.size();
  std::vector<int> as(n, -1);       // the behavior each mention is read as
  std::vector<size_t> partner(n);   // the mention it was named with
  // Sentence by sentence (mentions come in text order), so that a long
  // description stays linear: a sentence with the base and a partner turns
  // every mention of either into the combined behavior.
  for (size_t from = 0; from < n;) {
    size_t sentence = ends.before(out[from].begin), to = from;
    while (to < n && ends.before(out[to].begin) == sentence) ++to;
    for (size_t b = 0; b < m.behaviors.size(); ++b) {
      const BehaviorDef& def = m.behaviors[b];
      if (def.combines < 0) continue;
      auto is_partner = [&](const Mention& x) {
        return std::find(def.combines_with.begin(), def.combines_with.end(), x.index) !=
               def.combines_with.end();
      };
      size_t base = SIZE_MAX, other = SIZE_MAX;
      for (size_t i = from; i < to; ++i)
        if (counts(out[i]) && as[i] < 0) {
          if (out[i].index == def.combines && base == SIZE_MAX) base = i;
          else if (is_partner(out[i]) && other == SIZE_MAX) other = i;
        }
      if (base == SIZE_MAX || other == SIZE_MAX) continue;
      for (size_t i = from; i < to; ++i)
        if (counts(out[i]) && as[i] < 0 && (out[i].index == def.combines || is_partner(out[i]))) {
          as[i] = static_cast<int>(b);
          partner[i] = out[i].index == def.combines ? other : base;
        }
    }
    from = to;
  }
  if (std::all_of(as.begin(), as.end(), [](int a) { return a < 0; })) return;
  std::vector<Mention> result;
  result.reserve(n + 4);
  for (size_t i = 0; i < n; ++i) {
    if (as[i] < 0) {
      result.push_back(out[i]);
      continue;
    }
    Mention was = out[i];
    was.status = MentionStatus::Included;
    was.trigger = m.behaviors[static_cast<size_t>(as[i])].name;
    was.trigger_begin = out[partner[i]].begin;
    was.trigger_end = out[partner[i]].end;
    result.push_back(was);
    result.push_back(out[i]);
    result.back().index = as[i];
  }
  out = std::move(result);
}

// The last word of a mention: its head noun, as a rule ("pocket knife").
std::string_view last_word(std::string_view s) {
  size_t e = s.size();
  while (e > 0 && !std::isalnum(static_cast<unsigned char>(s[e - 1]))) --e;
  size_t b = e;
  while (b > 0 && (std::isalnum(static_cast<unsigned char>(s[b - 1])) || s[b - 1] & 0x80)) --b;
  return s.substr(b, e - b);
}

// Whether the words [a, b) and [c, d) share a sentence.
bool same_sentence(const SentenceEnds& ends, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  uint32_t from = std::min(b, d), to = std::max(a, c);
  if (from >= to) return true;
  return ends.before(to) == ends.before(from);
}

}  // namespace

// "Saying there was a bomb in the gym", "im bringing a bomb": a fact read
// inside the words of a threat is what was threatened, not what happened.
// A `recognize` rule `weapon: threatened for bomb_threat, ...` names the
// fact and the behaviors; the fact's words there are set aside as
// hypothetical, naming the threat.
void set_aside_threatened(const Model& m, std::vector<Mention>& mentions) {
  for (auto& r : m.recognize) {
    if (r.extractor != "threatened") continue;
    auto counts = [](const Mention& x) {
      return x.status == MentionStatus::Affirmed || x.status == MentionStatus::Disputed;
    };
    // Mentions are in text order, few threats per description: a scan of
    // the threats for each fact mention stays short.
    std::vector<const Mention*> threats;
    for (auto& x : mentions)
      if (x.behavior && counts(x) &&
          std::find(r.behaviors.begin(), r.behaviors.end(), x.index) != r.behaviors.end())
        threats.push_back(&x);
    if (threats.empty()) continue;
    for (auto& x : mentions) {
      if (x.behavior || x.index != r.fact || !counts(x)) continue;
      for (const Mention* t : threats)
        if (t->begin <= x.begin && x.end <= t->end) {
          x.status = MentionStatus::Hypothetical;
          x.trigger = m.behaviors[static_cast<size_t>(t->index)].name;
          x.trigger_begin = t->begin;
          x.trigger_end = t->end;
          break;
        }
    }
  }
}

// A later correction takes back the earlier mentions of what it is about:
// "said he had a knife ... there was no knife", "a handgun ... it turned out
// to be an airsoft pistol". Reports are written in time order, so the last
// word on a behavior or a fact is the one that counts.
std::vector<Mention> read_across_clauses(const Model& m, std::string_view text,
                                         const std::vector<Mention>& mentions) {
  std::vector<Mention> out = read_repeats(m, mentions);
  read_combined(m, text, out);
  set_aside_threatened(m, out);
  set_aside_scare_quotes(text, out);
  set_aside_earlier_grades(m, text, out);
  // Most descriptions correct nothing: then there is nothing to index.
  if (std::none_of(out.begin(), out.end(), [](const Mention& x) { return x.corrects; })) {
    set_aside_conflicts(m, out);
    return out;
  }
  auto counts = [](const Mention& x) {
    return x.status == MentionStatus::Affirmed || x.status == MentionStatus::Disputed;
  };
  auto head_of = [&](const Mention& x) {
    std::string w(last_word(text.substr(x.begin, x.end - x.begin)));
    for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return read::stem(w);
  };
  // Earlier mentions that still count, by what they are about: a correction
  // looks only at its own, and each is taken back at most once.
  std::map<std::pair<bool, int>, std::map<int64_t, std::vector<size_t>>> by_value;   // non-denying
  std::map<std::tuple<bool, int, std::string>, std::vector<size_t>> by_head;          // denying
  std::map<std::string, std::vector<size_t>> by_word;                                  // look-alikes
  for (size_t i = 0; i < out.size(); ++i) {
    const Mention& c = out[i];
    if (c.corrects && c.index >= 0) {
      bool denies = !counts(c);
      auto take_back = [&](size_t j) {
        Mention& e = out[j];
        if (!counts(e) || e.begin >= c.begin) return false;
        e.status = MentionStatus::Corrected;
        e.trigger = c.correction;
        e.trigger_begin = c.correction_begin;
        e.trigger_end = c.correction_end;
        return true;
      };
      if (denies) {
        auto it = by_head.find({c.behavior, c.index, head_of(c)});
        if (it != by_head.end()) {
          std::vector<size_t> keep;
          for (size_t j : it->second)
            if (!take_back(j) && counts(out[j])) keep.push_back(j);
          it->second = std::move(keep);
        }
      } else if (!c.behavior) {
        auto it = by_value.find({c.behavior, c.index});
        if (it != by_value.end())
          for (auto& [v, list] : it->second) {
            if (v == c.value) continue;
            std::vector<size_t> keep;
            for (size_t j : list)
              if (!take_back(j) && counts(out[j])) keep.push_back(j);
            list = std::move(keep);
          }
      }
    }
    // "A hunting knife on the bleachers - correction, it's a butter knife":
    // a look-alike in a correction's scope takes back the earlier mentions
    // of its head word, whatever they were read as.
    if (c.corrects && c.status == MentionStatus::Lookalike) {
      auto it = by_word.find(head_of(c));
      if (it != by_word.end()) {
        // What is taken back leaves the list, so that a long text of
        // corrections stays linear.
        std::vector<size_t> keep;
        for (size_t j : it->second) {
          Mention& e = out[j];
          if (!counts(e)) continue;
          if (e.begin >= c.begin) {
            keep.push_back(j);
            continue;
          }
          e.status = MentionStatus::Corrected;
          e.trigger = c.correction;
          e.trigger_begin = c.correction_begin;
          e.trigger_end = c.correction_end;
        }
        it->second = std::move(keep);
      }
    }
    if (counts(c) && c.index >= 0) {
      by_value[{c.behavior, c.index}][c.value].push_back(i);
      by_head[{c.behavior, c.index, head_of(c)}].push_back(i);
      by_word[head_of(c)].push_back(i);
    }
  }
  set_aside_conflicts(m, out);
  return out;
}

// A behavior read only where a behavior that includes it is read in the
// same sentence (or anywhere, for `includes ... in description`) is part of it ("took $40 from a freshman at knifepoint" is
// a robbery, not a theft as well): its words are set aside as `included`,
// naming the words that include them.
void fold_included(const Model& m, std::string_view text, Incident& in) {
  auto& bes = in.behavior_evidence;
  // Only when some behavior read includes another behavior read.
  bool any = false;
  for (auto& a : bes)
    for (int inc : m.behaviors[static_cast<size_t>(a.behavior)].includes)
      any |= std::any_of(bes.begin(), bes.end(), [&](auto& b) { return b.behavior == inc; });
  if (!any) return;
  SentenceEnds ends(text);
  std::vector<bool> fold(bes.size(), false);
  // Per behavior, per evidence: the words that include it and their behavior.
  std::vector<std::vector<std::pair<const Evidence*, int>>> by(bes.size());
  for (size_t i = 0; i < bes.size(); ++i) {
    std::vector<std::pair<const Evidence*, int>> covers;
    int cover_behavior = -1;
    bool all = !bes[i].evidence.empty();
    for (auto& e : bes[i].evidence) {
      const Evidence* found = nullptr;
      for (size_t j = 0; j < bes.size() && !found; ++j) {
        auto& inc = m.behaviors[static_cast<size_t>(bes[j].behavior)].includes;
        if (std::find(inc.begin(), inc.end(), bes[i].behavior) == inc.end()) continue;
        // The including behavior's evidence is in text order: look only at
        // the words around e's sentence.
        auto& ev = bes[j].evidence;
        auto& anywhere = m.behaviors[static_cast<size_t>(bes[j].behavior)].includes_anywhere;
        if (!ev.empty() &&
            std::find(anywhere.begin(), anywhere.end(), bes[i].behavior) != anywhere.end()) {
          // The including words nearest these.
          auto near = std::min_element(ev.begin(), ev.end(), [&](const Evidence& x, const Evidence& y) {
            auto gap = [&](const Evidence& v) { return v.begin > e.begin ? v.begin - e.begin : e.begin - v.begin; };
            return gap(x) < gap(y);
          });
          found = &*near;
          cover_behavior = bes[j].behavior;
          break;
        }
        size_t sentence = ends.before(e.begin);
        auto it = std::lower_bound(ev.begin(), ev.end(), sentence, [&](const Evidence& a, size_t s) {
          return ends.before(a.end) < s;
        });
        for (; it != ev.end() && ends.before(it->begin) <= ends.before(e.end); ++it)
          if (same_sentence(ends, e.begin, e.end, it->begin, it->end)) {
            found = &*it;
            cover_behavior = bes[j].behavior;
            break;
          }
      }
      if (!found) {
        all = false;
        break;
      }
      covers.push_back({found, cover_behavior});
    }
    if (!all) continue;
    fold[i] = true;
    by[i] = std::move(covers);
  }
  std::vector<BehaviorEvidence> kept;
  for (size_t i = 0; i < bes.size(); ++i) {
    if (!fold[i]) {
      kept.push_back(bes[i]);
      continue;
    }
    for (size_t k = 0; k < bes[i].evidence.size(); ++k) {
      const Evidence& e = bes[i].evidence[k];
      Incident::SetAside sa;
      sa.words = e;
      sa.trigger = *by[i][k].first;
      sa.status = mention_status_name(MentionStatus::Included);
      sa.trigger_id = m.behaviors[static_cast<size_t>(by[i][k].second)].name;
      sa.would_be = m.behaviors[static_cast<size_t>(bes[i].behavior)].name;
      in.set_aside.push_back(std::move(sa));
    }
  }
  bes = std::move(kept);
  std::stable_sort(in.set_aside.begin(), in.set_aside.end(),
                   [](auto& a, auto& b) { return a.words.begin < b.words.begin; });
}


}  // namespace guidepost
