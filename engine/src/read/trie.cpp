#include "read/trie.h"

#include "read/term_pattern.h"

namespace guidepost::read {

void match_all(const FlatTrie& trie, const std::vector<Token>& toks, int gap,
               std::vector<Match>& out, const std::vector<uint8_t>* no_skip,
               bool per_target, const std::vector<uint8_t>* starts) {
  // Depth-first over (node, last token, words) with gaps. The stacks are
  // the thread's own, found once per call rather than once per token.
  struct State {
    int node;
    size_t last;
    int words;
  };
  thread_local std::vector<State> stack_store;
  thread_local std::vector<Match> each_store;  // per_target: the best per target
  std::vector<State>& stack = stack_store;
  std::vector<Match>& each = each_store;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].stem < 0 || (starts && !(*starts)[i])) continue;
    int n = trie.child(0, toks[i].stem);
    if (n < 0) continue;
    stack.clear();
    stack.push_back({n, i, 1});
    Match best{};
    bool found;
    each.clear();
    while (!stack.empty()) {
      State st = stack.back();
      stack.pop_back();
      auto [tb, te] = trie.targets_of(st.node);
      for (const Target* tp = tb; tp != te; ++tp) {
        const Target& t = *tp;
        bool better = !found || st.words > best.words ||
                      (st.words == best.words && st.last < best.last);
        if (better) {
          best = {i, st.last, t, st.words, st.node};
          found = true;
        }
        if (!per_target) continue;
        auto same = std::find_if(each.begin(), each.end(), [&](const Match& m) {
          return m.target.kind == t.kind && m.target.index == t.index && m.target.value == t.value;
        });
        Match m{i, st.last, t, st.words, st.node};
        if (same == each.end()) each.push_back(m);
        else if (st.words > same->words || (st.words == same->words && st.last < same->last)) *same = m;
      }
      // Every target at the best node is kept below. A pattern's wide gap
      // ("sold ... pills") is a child of its own that skips more words.
      const FlatTrie::N& here = trie.nodes[static_cast<size_t>(st.node)];
      int wide_node = here.wide;
      // Most phrases end where they are found: nothing to look further for.
      if (here.edges == here.edges_end && wide_node < 0) continue;
      for (int pass = 0; pass < (wide_node >= 0 ? 2 : 1); ++pass) {
        if (pass == 0 && here.edges == here.edges_end) continue;
        int from = pass == 0 ? st.node : wide_node;
        size_t limit = static_cast<size_t>(pass == 0 ? gap : read::kWideGapWords);
        for (size_t j = st.last + 1, skipped = 0; j < toks.size() && skipped <= limit; ++j) {
          if (toks[j].kind == Token::Kind::Stop) break;
          int c = toks[j].stem >= 0 ? trie.child(from, toks[j].stem) : -1;
          if (c >= 0) stack.push_back({c, j, st.words + 1});
          // A wide gap is written to span a clause's words, terms included
          // ("was sure ... had been stolen").
          if (pass == 0 && no_skip && (*no_skip)[j]) break;
          if (toks[j].kind == Token::Kind::Word || toks[j].kind == Token::Kind::Number) ++skipped;
        }
      }
    }
    if (!found) continue;
    if (per_target) {
      out.insert(out.end(), each.begin(), each.end());
      continue;
    }
    // A phrase may stand for several things ("knife": a behavior and a
    // weapon kind): one match per target.
    auto [bb, be] = trie.targets_of(best.node);
    for (const Target* tp = bb; tp != be; ++tp) {
      const Target& t = *tp;
      Match m = best;
      m.target = t;
      out.push_back(m);
    }
  }
}

}  // namespace guidepost::read
