// The reader: a trie of term stems matched leftmost-longest with small gaps,
// then a ConText-style pass that sets aside mentions in the scope of a
// trigger (negation, hypothetical, historical, another person), and built-in
// readers of grades, counts and dollar amounts.
#include "guidepost/reader.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "read/numbers.h"
#include "read/targets.h"
#include "read/term_pattern.h"
#include "read/text.h"
#include "read/trie.h"
#include "read/word_cache.h"

namespace guidepost {

namespace {

using read::FlatTrie;
using read::Match;
using read::Node;
using read::Target;
using read::Token;
using read::TriggerHit;

using read::WordCache;
using read::WordInfo;

// Optimal string alignment distance, capped: is it at most 1?
bool within_one(std::string_view a, std::string_view b) {
  if (a == b) return true;
  size_t n = a.size(), m = b.size();
  if (n > m + 1 || m > n + 1) return false;
  size_t i = 0;
  while (i < n && i < m && a[i] == b[i]) ++i;
  if (n == m) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  if (n > m) return a.substr(i + 1) == b.substr(i);
  return a.substr(i) == b.substr(i + 1);
}

}  // namespace

struct Reader::Impl {
  std::vector<Node> terms{1}, triggers{1};  // while compiling
  FlatTrie term_trie, trigger_trie;          // what reading uses
  std::unordered_map<std::string, int> stem_ids;
  // One-letter-slip candidates: each vocabulary word by every one-deletion.
  std::unordered_map<std::string, std::vector<int>> deletions;  // -> vocab index
  std::vector<std::pair<std::string, int>> vocab;               // word, stem id
  std::vector<TriggerDef> trigger_defs;
  enum class Kind : uint8_t { Negated, Hypothetical, Historical, OtherPerson, Disputed,
                              Lookalike, Pseudo, Terminator, Correction, Repeated };
  std::vector<Kind> trigger_kinds;   // parallel to trigger_defs
  std::vector<bool> trigger_before;  // where == before
  std::vector<bool> trigger_wide;    // its phrase has a `...` gap
  std::vector<const RecognizeDef*> extractors;  // grade, count, dollars, prior
  int staff_target_fact = -1;                   // the fact `aimed_at_staff` sets
  std::vector<uint8_t> staff_target_behaviors;  // which behaviors it reads; empty: all
  const Model* model = nullptr;
  // Which reader this is, for per-thread caches: an address could be reused
  // by a later reader, a number from this counter is not.
  uint64_t generation = next_generation();
  static uint64_t next_generation() {
    static std::atomic<uint64_t> n{0};
    return ++n;
  }

  int find_stem(const std::string& s) const {
    auto it = stem_ids.find(s);
    return it == stem_ids.end() ? -1 : it->second;
  }
  int stem_id(const std::string& s, bool add) {
    auto it = stem_ids.find(s);
    if (it != stem_ids.end()) return it->second;
    if (!add) return -1;
    int id = static_cast<int>(stem_ids.size());
    stem_ids.emplace(s, id);
    return id;
  }

  std::vector<int> phrase_stems(std::string_view phrase, bool remember_words) {
    std::vector<Token> toks;
    std::string norm;
    read::tokenize(phrase, toks, norm);
    std::vector<int> ids;
    for (auto& t : toks) {
      if (t.kind == Token::Kind::Stop || t.kind == Token::Kind::Comma) continue;
      std::string w = t.kind == Token::Kind::Dollar ? "$" : norm.substr(t.norm, t.norm_len);
      int id = stem_id(read::stem(w), true);
      ids.push_back(id);
      if (remember_words && w.size() >= 5) vocab.push_back({w, id});
    }
    return ids;
  }

  // The stems of every phrase a term pattern stands for; a wide gap
  // ("sold ... pills") is an edge of its own, `wide`. Each alternative is
  // stemmed once and the product is taken over stem ids: a pattern may
  // stand for thousands of phrases.
  std::vector<std::vector<int>> pattern_stems(const std::string& term, bool remember_words) {
    if (!read::has_pattern_syntax(term)) return {phrase_stems(term, remember_words)};
    std::vector<std::vector<std::string_view>> parts;
    read::TermPatternError err;
    if (!read::parse_term(term, parts, err)) return {};  // the checker reported it
    std::vector<std::vector<int>> out{{}};
    for (auto& part : parts) {
      std::vector<std::vector<int>> choices;
      for (auto& c : part)
        choices.push_back(c == read::kWideGap ? std::vector<int>{wide} : phrase_stems(c, remember_words));
      std::vector<std::vector<int>> next;
      next.reserve(out.size() * choices.size());
      for (auto& prefix : out)
        for (auto& c : choices) {
          next.push_back(prefix);
          next.back().insert(next.back().end(), c.begin(), c.end());
        }
      out = std::move(next);
    }
    return out;
  }
  int wide = stem_id("\x01...", true);

  void add(std::vector<Node>& trie, const std::vector<std::vector<int>>& phrases, Target t) {
    for (auto& p : phrases) add(trie, p, t);
  }
  // The roots' children while compiling (thousands: not a linear search).
  std::unordered_map<int, int> term_roots, trigger_roots;
  void add(std::vector<Node>& trie, const std::vector<int>& stems, Target t) {
    if (stems.empty()) return;
    auto& roots = &trie == &terms ? term_roots : trigger_roots;
    int n = 0;
    for (int s : stems) {
      int c = -1;
      if (n == 0) {
        auto it = roots.find(s);
        if (it != roots.end()) c = it->second;
      } else {
        c = trie[n].child(s);
      }
      if (c < 0) {
        c = static_cast<int>(trie.size());
        trie[n].next.push_back({s, c});
        if (n == 0) roots.emplace(s, c);
        trie.emplace_back();
      }
      n = c;
    }
    trie[n].targets.push_back(t);
  }
};

Reader::Reader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Reader::~Reader() = default;

std::shared_ptr<const Reader> Reader::compile(const Model& m) {
  auto impl = std::make_unique<Impl>();
  impl->model = &m;
  for (size_t b = 0; b < m.behaviors.size(); ++b)
    for (auto& term : m.behaviors[b].terms)
      impl->add(impl->terms, impl->pattern_stems(term, true),
                {Target::Kind::Behavior, static_cast<int>(b), 0, 0});
  int priority = 0;
  for (auto& r : m.recognize) {
    ++priority;
    if (r.extractor == "aimed_at_staff") {
      // The last rule wins: a district's own comes after the ones it imports.
      impl->staff_target_fact = r.fact;
      impl->staff_target_behaviors.clear();
      if (!r.behaviors.empty()) {
        impl->staff_target_behaviors.assign(m.behaviors.size(), 0);
        for (int b : r.behaviors) impl->staff_target_behaviors[static_cast<size_t>(b)] = 1;
      }
      continue;
    }
    if (!r.extractor.empty()) {
      impl->extractors.push_back(&r);
      continue;
    }
    for (auto& term : r.terms)
      impl->add(impl->terms, impl->pattern_stems(term, true),
                {Target::Kind::Fact, r.fact, r.value, priority});
  }
  impl->trigger_defs = m.triggers;
  for (auto& t : m.triggers) {
    using K = Impl::Kind;
    K k = t.kind == "negated" ? K::Negated : t.kind == "hypothetical" ? K::Hypothetical
        : t.kind == "historical" ? K::Historical : t.kind == "other_person" ? K::OtherPerson
        : t.kind == "disputed" ? K::Disputed : t.kind == "lookalike" ? K::Lookalike
        : t.kind == "pseudo" ? K::Pseudo : t.kind == "correction" ? K::Correction
        : t.kind == "repeated" ? K::Repeated : K::Terminator;
    impl->trigger_kinds.push_back(k);
    impl->trigger_before.push_back(t.where == "before");
    impl->trigger_wide.push_back(t.phrase.find(read::kWideGap) != std::string::npos);
  }
  for (size_t i = 0; i < m.triggers.size(); ++i) {
    auto& t = m.triggers[i];
    if (t.kind == "lookalike")
      impl->add(impl->terms, impl->pattern_stems(t.phrase, false),
                {Target::Kind::Lookalike, static_cast<int>(i), 0, 0});
    else
      impl->add(impl->triggers, impl->pattern_stems(t.phrase, false),
                {Target::Kind::Trigger, static_cast<int>(i), 0, 0});
  }
  impl->term_trie = FlatTrie::from(impl->terms, impl->stem_ids.size(), impl->wide);
  impl->trigger_trie = FlatTrie::from(impl->triggers, impl->stem_ids.size(), impl->wide);
  impl->terms = {};
  impl->triggers = {};
  std::sort(impl->vocab.begin(), impl->vocab.end());
  impl->vocab.erase(std::unique(impl->vocab.begin(), impl->vocab.end()), impl->vocab.end());
  for (size_t v = 0; v < impl->vocab.size(); ++v) {
    const std::string& w = impl->vocab[v].first;
    for (size_t k = 0; k < w.size(); ++k)
      impl->deletions[w.substr(0, k) + w.substr(k + 1)].push_back(static_cast<int>(v));
    impl->deletions[w].push_back(static_cast<int>(v));
  }
  return std::shared_ptr<const Reader>(new Reader(std::move(impl)));
}


void Reader::read(std::string_view text, std::vector<Mention>& out) const {
  out.clear();
  const Impl& im = *impl_;
  thread_local std::vector<Token> toks;
  thread_local std::string norm;
  read::tokenize(text, toks, norm);
  // Stems, and one-letter slips in words the policy knows. What a word
  // comes to is remembered per thread: descriptions reuse their words.
  thread_local WordCache cache;
  cache.own(im.generation);
  for (auto& t : toks) {
    if (t.kind == Token::Kind::Dollar) {
      t.stem = im.find_stem("$");
      continue;
    }
    if (t.kind != Token::Kind::Word && t.kind != Token::Kind::Number) continue;
    std::string_view w(norm.data() + t.norm, t.norm_len);
    if (const WordInfo* known = cache.find(w)) {
      t.stem = known->stem;
      t.typo = known->typo;
      if (t.kind == Token::Kind::Word) t.number = known->number;
      continue;
    }
    WordInfo info{im.find_stem(read::stem(w)), false,
                  t.kind == Token::Kind::Word && w.size() <= 9 && w != "a" && w != "an"
                      ? read::number_word(w)
                      : -1};
    // A dropped g, as texts write it: "scrappin", "goin", "lookin"; never
    // a real word ("Robin", "within", "thin") and never without a word list.
    if (info.stem < 0 && w.size() >= 4 && w.substr(w.size() - 2) == "in" &&
        !read::english_words().empty() && !read::english_words().count(std::string(w))) {
      std::string with_g(w);
      with_g += 'g';
      info.stem = im.find_stem(read::stem(with_g));
    }
    // Without a word list no slip can be told from a real word: correct none.
    if (info.stem < 0 && w.size() >= 5 && !read::english_words().empty()) {
      std::string word(w);
      // A real word is never corrected: look it up before searching for slips.
      if (!read::english_words().count(word)) {
        std::vector<int> cands;
        auto add = [&](const std::string& key) {
          auto it = im.deletions.find(key);
          if (it != im.deletions.end()) cands.insert(cands.end(), it->second.begin(), it->second.end());
        };
        add(word);
        for (size_t k = 0; k < word.size(); ++k) add(word.substr(0, k) + word.substr(k + 1));
        // Slips keep the first letter: "serated" (serrated) is not
        // "berated", "sevral" is "several".
        for (int v : cands)
          if (im.vocab[v].first[0] == word[0] && within_one(word, im.vocab[v].first)) {
            info = {im.vocab[v].second, true, info.number};
            break;
          }
      }
    }
    cache.add(w, info);
    t.stem = info.stem;
    t.typo = info.typo;
    if (t.kind == Token::Kind::Word) t.number = info.number;
  }

  thread_local std::vector<Match> expanded;
  expanded.clear();
  read::match_all(im.term_trie, toks, 2, expanded, nullptr, true);
  // Overlaps: a look-alike masks what it covers; otherwise, per kind of
  // target (behaviors; each fact), the longer phrase wins.
  std::stable_sort(expanded.begin(), expanded.end(), [](const Match& a, const Match& b) {
    if (a.words != b.words) return a.words > b.words;
    // A look-alike masks a phrase as long as itself wherever it starts, so
    // it must be kept first ("took [photos without permission]").
    bool la = a.target.kind == Target::Kind::Lookalike, lb = b.target.kind == Target::Kind::Lookalike;
    if (la != lb) return la;
    return a.first < b.first;
  });
  thread_local std::vector<Match> kept;
  kept.clear();
  // What each token is already covered by, so that an overlap check looks
  // only at the few matches over the same words (long texts stay linear).
  thread_local std::vector<std::vector<int>> covered;
  // Cleared, not reassigned: each token's list keeps its capacity across
  // descriptions, so reading allocates nothing here once warm.
  if (covered.size() < toks.size()) covered.resize(toks.size());
  for (size_t j = 0; j < toks.size(); ++j) covered[j].clear();
  for (auto& mt : expanded) {
    bool drop = false;
    for (size_t j = mt.first; j <= mt.last && !drop; ++j)
      for (int ki : covered[j]) {
        const Match& k = kept[static_cast<size_t>(ki)];
        // A look-alike masks what it covers, except a term for exactly its
        // words: "food fight" is no fight, and the term says it is disruption.
        if (k.target.kind == Target::Kind::Lookalike && mt.words <= k.words &&
            !(mt.first == k.first && mt.last == k.last && mt.words == k.words))
          drop = true;
        // A behavior's phrase inside a longer phrase of another behavior is
        // part of it ("threatened to beat him" is not also "beat him"); one
        // that reaches past it is not ("drew a swastika on his locker" is
        // also "drew ... on").
        else if (k.target.kind == mt.target.kind &&
                 (mt.target.kind == Target::Kind::Behavior
                      ? k.target.index == mt.target.index ||
                            (k.words > mt.words && mt.first >= k.first && mt.last <= k.last)
                      : k.target.index == mt.target.index))
          drop = true;
        if (drop) break;
      }
    if (drop) continue;
    for (size_t j = mt.first; j <= mt.last; ++j) covered[j].push_back(static_cast<int>(kept.size()));
    kept.push_back(mt);
  }

  // Context triggers.
  thread_local std::vector<Match> thits_raw;
  thits_raw.clear();
  // A trigger may skip a word ("his older brother"), but not a term it
  // would scope: "not stolen, found" is not the trigger "not found".
  thread_local std::vector<uint8_t> term_token;
  term_token.assign(toks.size(), 0);
  for (auto& mt : kept)
    if (mt.target.kind != Target::Kind::Lookalike)
      for (size_t j = mt.first; j <= mt.last; ++j) term_token[j] = 1;
  // The numbers are read first, so that triggers are looked for only where
  // they could scope something: no scope reaches further than `reach`
  // tokens, and long emails have long stretches that name nothing.
  thread_local std::vector<read::NumberHit> num_hits;
  num_hits = read::read_numbers(im.extractors, *im.model, text, toks, norm);
  thread_local std::vector<uint8_t> near;
  near.assign(toks.size(), 0);
  {
    const size_t window = 64;
    auto mark = [&](size_t first, size_t last) {
      size_t b = first > window ? first - window : 0, e = std::min(toks.size(), last + window + 1);
      std::fill(near.begin() + static_cast<long>(b), near.begin() + static_cast<long>(e), 1);
    };
    for (auto& mt : kept) mark(mt.first, mt.last);
    for (auto& h : num_hits) mark(h.first, h.last);
  }
  read::match_all(im.trigger_trie, toks, 1, thits_raw, &term_token, false, &near);
  thread_local std::vector<TriggerHit> thits;
  thits.clear();
  {
    std::stable_sort(thits_raw.begin(), thits_raw.end(),
                     [](const Match& a, const Match& b) { return a.words > b.words; });
    thread_local std::vector<TriggerHit> taken;
    taken.clear();
    // The trigger hit covering each token. Corrections are a layer of their
    // own: "there was no knife" is a correction and, by its "no", a negation.
    // A trigger with a wide gap ("says he ... a prank") is a layer too: the
    // words in its gap may be triggers of their own ("never pointed it").
    thread_local std::vector<int> owner, correction_owner, wide_owner;
    owner.assign(toks.size(), -1);
    correction_owner.assign(toks.size(), -1);
    wide_owner.assign(toks.size(), -1);
    for (auto& h : thits_raw) {
      bool inside = false;
      Impl::Kind hk = im.trigger_kinds[static_cast<size_t>(h.target.index)];
      auto& owner_of = hk == Impl::Kind::Correction || hk == Impl::Kind::Repeated ? correction_owner
                       : im.trigger_wide[static_cast<size_t>(h.target.index)] ? wide_owner
                                                                             : owner;
      for (size_t j = h.first; j <= h.last && !inside; ++j) {
        int o = owner_of[j];
        // The same words may be two triggers (before and after).
        if (o >= 0 && !(taken[static_cast<size_t>(o)].first == h.first && taken[static_cast<size_t>(o)].last == h.last))
          inside = true;
      }
      if (inside) continue;
      for (size_t j = h.first; j <= h.last; ++j)
        if (owner_of[j] < 0) owner_of[j] = static_cast<int>(taken.size());
      taken.push_back({h.first, h.last, h.target.index});
    }
    std::sort(taken.begin(), taken.end(), [](const TriggerHit& a, const TriggerHit& b) {
      return a.first != b.first ? a.first < b.first : a.last < b.last;
    });
    thits.swap(taken);
  }
  // Counts before each token, so that "a stop or terminator between" and
  // "words between" are answered in constant time.
  thread_local std::vector<uint32_t> stops_before, words_before, terms_before;
  stops_before.assign(toks.size() + 1, 0);
  words_before.assign(toks.size() + 1, 0);
  terms_before.assign(toks.size() + 1, 0);
  {
    std::vector<uint8_t> term_at(toks.size(), 0);
    for (auto& h : thits)
      if (im.trigger_kinds[h.def] == Impl::Kind::Terminator) term_at[h.first] = 1;
    for (size_t j = 0; j < toks.size(); ++j) {
      stops_before[j + 1] = stops_before[j] + (toks[j].kind == Token::Kind::Stop);
      words_before[j + 1] = words_before[j] +
                            (toks[j].kind == Token::Kind::Word || toks[j].kind == Token::Kind::Number);
      terms_before[j + 1] = terms_before[j] + term_at[j];
    }
  }
  auto clause_break = [&](size_t a, size_t b) {  // a stop or terminator strictly between
    if (b <= a + 1) return false;
    return stops_before[b] - stops_before[a + 1] > 0 || terms_before[b] - terms_before[a + 1] > 0;
  };
  auto status_of = [&](const std::string& kind) {
    if (kind == "negated") return MentionStatus::Negated;
    if (kind == "hypothetical") return MentionStatus::Hypothetical;
    if (kind == "historical") return MentionStatus::Historical;
    if (kind == "other_person") return MentionStatus::OtherPerson;
    if (kind == "disputed") return MentionStatus::Disputed;
    return MentionStatus::Affirmed;
  };
  auto words_between = [&](size_t a, size_t b) -> size_t {
    return b <= a + 1 ? 0 : words_before[b] - words_before[a + 1];
  };
  // Trigger hits that start within [from, to] tokens: hits are sorted by start.
  auto hits_in = [&](size_t from, size_t to) {
    auto lo = std::lower_bound(thits.begin(), thits.end(), from,
                               [](const TriggerHit& h, size_t v) { return h.first < v; });
    auto hi = std::upper_bound(thits.begin(), thits.end(), to,
                               [](size_t v, const TriggerHit& h) { return v < h.first; });
    return std::make_pair(static_cast<size_t>(lo - thits.begin()), static_cast<size_t>(hi - thits.begin()));
  };
  // No scope reaches further than this many tokens (20 words, with room for
  // punctuation), which keeps every search local.
  const size_t reach = 64;
  // A denial disputes one behavior: the nearest one it precedes in its
  // clause, or else the nearest one before it.
  thread_local std::vector<size_t> disputes;  // trigger hit -> the first token it disputes
  disputes.assign(thits.size(), SIZE_MAX);
  thread_local std::vector<const Match*> behaviors_by_first;
  behaviors_by_first.clear();
  for (auto& mt : kept)
    if (mt.target.kind == Target::Kind::Behavior) behaviors_by_first.push_back(&mt);
  std::sort(behaviors_by_first.begin(), behaviors_by_first.end(),
            [](const Match* a, const Match* b) { return a->first < b->first; });
  for (size_t k = 0; k < thits.size(); ++k) {
    if (im.trigger_kinds[thits[k].def] != Impl::Kind::Disputed) continue;
    size_t best = SIZE_MAX, best_d = SIZE_MAX;
    size_t from = thits[k].first > reach ? thits[k].first - reach : 0;
    auto it = std::lower_bound(behaviors_by_first.begin(), behaviors_by_first.end(), from,
                               [](const Match* m, size_t v) { return m->first < v; });
    for (; it != behaviors_by_first.end() && (*it)->first <= thits[k].last + reach; ++it) {
      const Match& mt = **it;
      size_t d;
      if (mt.first > thits[k].last) {
        if (clause_break(thits[k].last, mt.first)) continue;
        d = words_between(thits[k].last, mt.first);
        if (d > 8) continue;
      } else if (mt.last < thits[k].first) {
        d = words_between(mt.last, thits[k].first) + 100;  // after the words: a weaker claim
        if (d > 120) continue;
      } else {
        continue;
      }
      if (d < best_d) {
        best_d = d;
        best = mt.first;
      }
    }
    disputes[k] = best;
  }
  auto context = [&](size_t first, size_t last, Mention& m) {
    // A phrase that carries its own context ("threatened to bring a gun" is
    // a threat, about the future by nature) is not set aside by that kind.
    uint32_t own = 0;  // kinds of triggers inside the phrase itself
    {
      auto [a, b] = hits_in(first, last);
      for (size_t k = a; k < b; ++k)
        if (thits[k].last <= last) own |= 1u << static_cast<int>(im.trigger_kinds[thits[k].def]);
    }
    int best = -1, correction = -1, repetition = -1;
    size_t best_d = 1000, correction_d = 1000, repetition_d = 1000;
    auto [lo, hi] = hits_in(first > reach ? first - reach : 0, last + reach);
    for (size_t k = lo; k < hi; ++k) {
      auto& h = thits[k];
      Impl::Kind kind = im.trigger_kinds[h.def];
      if (kind == Impl::Kind::Pseudo || kind == Impl::Kind::Terminator) continue;
      // A repetition inside the phrase still says it went on over time
      // ("grabbing his hat every single morning").
      if (kind != Impl::Kind::Repeated && (own & (1u << static_cast<int>(kind)))) continue;
      if (kind == Impl::Kind::Disputed && disputes[k] != first) continue;
      size_t dist;
      // Something that went on for weeks is told once, for the whole
      // account ("For the last month he has been getting it every
      // afternoon. Two juniors flick his ears ..."): a repetition reaches
      // across clauses and sentences, as far as any scope.
      if (kind == Impl::Kind::Repeated) {
        dist = h.last < first ? words_between(h.last, first)
             : h.first > last ? words_between(last, h.first) : 0;
        if (dist > 30) continue;
      } else if (im.trigger_before[h.def] && h.last < first) {
        dist = words_between(h.last, first);
        if (dist > 8 || clause_break(h.last, first)) continue;
      } else if (!im.trigger_before[h.def] && h.first > last) {
        dist = words_between(last, h.first);
        // A denial often comes in the next sentence ("Vape found in his
        // bag. Denies it's his."): disputed looks back further, across
        // sentences; other kinds stay within the clause.
        if (kind == Impl::Kind::Disputed) {
          if (dist > 20) continue;
        } else if (dist > 5 || clause_break(last, h.first)) {
          continue;
        }
      } else if (im.trigger_before[h.def] ? h.first < first && h.last >= first && h.last < last
                                           : h.first > first && h.first <= last && h.last > last) {
        // A trigger that overlaps the phrase's edge from outside ("a stabbing
        // in another county", where the phrase ran on to "in another"):
        // nothing stands between them.
        dist = 0;
      } else {
        continue;
      }
      // A correction does not set the mention's status: it marks it as
      // taking back what was said before ("there was no knife" is also
      // negated by its "no").
      if (kind == Impl::Kind::Correction) {
        if (dist < correction_d) {
          correction_d = dist;
          correction = static_cast<int>(k);
        }
        continue;
      }
      if (kind == Impl::Kind::Repeated) {
        if (dist < repetition_d) {
          repetition_d = dist;
          repetition = static_cast<int>(k);
        }
        continue;
      }
      if (dist < best_d) {
        best_d = dist;
        best = static_cast<int>(k);
      }
    }
    if (correction >= 0) {
      auto& h = thits[correction];
      m.corrects = true;
      m.correction = im.trigger_defs[h.def].id;
      m.correction_begin = toks[h.first].begin;
      m.correction_end = toks[h.last].end;
    }
    if (repetition >= 0) {
      auto& h = thits[repetition];
      m.repeated = true;
      m.repetition = im.trigger_defs[h.def].id;
      m.repetition_begin = toks[h.first].begin;
      m.repetition_end = toks[h.last].end;
    }
    if (best < 0) return;
    auto& h = thits[best];
    const TriggerDef& d = im.trigger_defs[h.def];
    m.status = status_of(d.kind);
    m.trigger = d.id;
    m.trigger_begin = toks[h.first].begin;
    m.trigger_end = toks[h.last].end;
  };

  for (auto& k : kept) {
    Mention m;
    m.begin = toks[k.first].begin;
    m.end = toks[k.last].end;
    for (size_t j = k.first; j <= k.last; ++j) m.typo |= toks[j].typo;
    if (k.target.kind == Target::Kind::Lookalike) {
      // Only whether it corrects what came before ("correction, it's a
      // butter knife"): its own status is the look-alike's.
      Mention scope;
      context(k.first, k.last, scope);
      m.corrects = scope.corrects;
      m.correction = scope.correction;
      m.correction_begin = scope.correction_begin;
      m.correction_end = scope.correction_end;
      m.status = MentionStatus::Lookalike;
      m.behavior = false;
      m.index = -1;
      m.trigger = im.trigger_defs[k.target.index].id;
      m.trigger_begin = m.begin;
      m.trigger_end = m.end;
      out.push_back(m);
      continue;
    }
    m.behavior = k.target.kind == Target::Kind::Behavior;
    m.index = k.target.index;
    m.value = k.target.value;
    context(k.first, k.last, m);
    out.push_back(m);
  }

  // Built-in readers (read/numbers.cpp, read/targets.cpp), in the same context.
  auto add_fact = [&](const read::NumberHit& h) {
    Mention m;
    m.behavior = false;
    m.index = h.fact;
    m.value = h.value;
    m.begin = toks[h.first].begin;
    m.end = toks[h.last].end;
    context(h.first, h.last, m);
    out.push_back(m);
  };
  for (const read::NumberHit& h : num_hits) add_fact(h);
  if (im.staff_target_fact >= 0) {
    thread_local std::vector<std::pair<size_t, size_t>> spans;
    spans.clear();
    for (auto& k : kept)
      if (k.target.kind == Target::Kind::Behavior &&
          (im.staff_target_behaviors.empty() ||
           im.staff_target_behaviors[static_cast<size_t>(k.target.index)]))
        spans.emplace_back(k.first, k.last);
    for (const read::NumberHit& h : read::read_staff_targets(im.staff_target_fact, text, toks, norm, spans))
      add_fact(h);
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
}

}  // namespace guidepost
