// The reader's matcher: a trie of term stems, flattened for reading, and
// the leftmost-longest search with small and wide gaps that runs over it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "read/text.h"

namespace guidepost::read {

// What a matched phrase stands for.
struct Target {
  enum class Kind : uint8_t { Behavior, Fact, Lookalike, Trigger } kind = Kind::Behavior;
  int index = -1;      // behavior, fact, or trigger
  int64_t value = 0;   // fact value
  int priority = 0;    // facts: earlier `recognize` rules win
};

struct Node {
  std::vector<std::pair<int, int>> next;  // stem id -> node
  std::vector<Target> targets;
  int child(int stem) const {
    for (auto& [s, n] : next)
      if (s == stem) return n;
    return -1;
  }
};

// The trie as matched: nodes, edges and targets in three flat arrays, each
// node's edges sorted by stem, and its wide-gap child found once. Built
// from the Node tree when the reader is compiled; reading touches far less
// memory than the tree's per-node vectors.
struct FlatTrie {
  struct N {
    uint32_t edges = 0, edges_end = 0, targets = 0, targets_end = 0;
    int wide = -1;  // the child across a pattern's `...`
  };
  std::vector<N> nodes;
  std::vector<std::pair<int, int>> edges;  // stem -> node
  std::vector<Target> targets;
  std::vector<int> root;                   // stem -> node, for every stem

  int child(int node, int stem) const {
    if (node == 0) return stem < static_cast<int>(root.size()) ? root[static_cast<size_t>(stem)] : -1;
    const N& n = nodes[static_cast<size_t>(node)];
    auto b = edges.begin() + n.edges, e = edges.begin() + n.edges_end;
    if (e - b > 8) {
      auto it = std::lower_bound(b, e, stem, [](const std::pair<int, int>& x, int s) { return x.first < s; });
      return it != e && it->first == stem ? it->second : -1;
    }
    for (; b != e; ++b)
      if (b->first == stem) return b->second;
    return -1;
  }
  std::pair<const Target*, const Target*> targets_of(int node) const {
    const N& n = nodes[static_cast<size_t>(node)];
    return {targets.data() + n.targets, targets.data() + n.targets_end};
  }

  static FlatTrie from(const std::vector<Node>& tree, size_t stems, int wide) {
    FlatTrie f;
    f.nodes.resize(tree.size());
    for (size_t i = 0; i < tree.size(); ++i) {
      N& n = f.nodes[i];
      auto next = tree[i].next;
      std::sort(next.begin(), next.end());
      n.edges = static_cast<uint32_t>(f.edges.size());
      for (auto& [st, c] : next) {
        if (st == wide) n.wide = c;
        else f.edges.push_back({st, c});
      }
      n.edges_end = static_cast<uint32_t>(f.edges.size());
      n.targets = static_cast<uint32_t>(f.targets.size());
      f.targets.insert(f.targets.end(), tree[i].targets.begin(), tree[i].targets.end());
      n.targets_end = static_cast<uint32_t>(f.targets.size());
    }
    f.root.assign(stems, -1);
    for (auto& [st, c] : tree[0].next)
      if (st != wide) f.root[static_cast<size_t>(st)] = c;
    return f;
  }
};

struct Match {
  size_t first, last;  // token range, inclusive
  Target target;
  int words;
  int node = 0;        // the trie node reached: all its targets apply
};

struct TriggerHit {
  size_t first, last;
  int def;
};

// Leftmost-longest matches from every token; up to `gap` tokens may come
// between two words of a phrase ("pulled out a small knife"), never across
// the end of a sentence.
// With `per_target`, the longest match of each target from each token: a
// shorter phrase of another behavior from the same word ("drew ... on",
// vandalism, beside "drew a swastika", harassment) is kept for the overlap
// rules to settle, not lost here.
void match_all(const FlatTrie& trie, const std::vector<Token>& toks, int gap,
               std::vector<Match>& out, const std::vector<uint8_t>* no_skip = nullptr,
               bool per_target = false, const std::vector<uint8_t>* starts = nullptr);

}  // namespace guidepost::read
