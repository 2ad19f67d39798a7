#include "lint/analysis.h"

#include <algorithm>

namespace guidepost::lint {

void Reads::add(const Reads& o) {
  facts.insert(o.facts.begin(), o.facts.end());
  behaviors.insert(o.behaviors.begin(), o.behaviors.end());
  defines.insert(o.defines.begin(), o.defines.end());
  level |= o.level;
}

void collect_reads(const Model& m, const Cond& c, Reads& out) {
  switch (c.kind) {
    case Cond::Kind::FactCmp:
    case Cond::Kind::FactIn: out.facts.insert(c.index); break;
    case Cond::Kind::LevelCmp: out.level = true; break;
    case Cond::Kind::HasBehavior: out.behaviors.insert(c.index); break;
    case Cond::Kind::DefineRef:
      if (out.defines.insert(c.index).second) collect_reads(m, m.defines[c.index].cond, out);
      break;
    default: break;
  }
  for (auto& k : c.kids) collect_reads(m, k, out);
}

Reads reads_of(const Model& m, const RuleDef& r) {
  Reads out;
  for (auto& c : r.conditions) collect_reads(m, c.cond, out);
  return out;
}

World::World(const Model& m)
    : value(m.facts.size(), 0),
      known(m.facts.size(), 0),
      has(m.behaviors.size(), 0),
      has_known(m.behaviors.size(), 0) {}

Tri tri_and(Tri a, Tri b) {
  if (a == Tri::False || b == Tri::False) return Tri::False;
  if (a == Tri::Unknown || b == Tri::Unknown) return Tri::Unknown;
  return Tri::True;
}

Tri tri_or(Tri a, Tri b) {
  if (a == Tri::True || b == Tri::True) return Tri::True;
  if (a == Tri::Unknown || b == Tri::Unknown) return Tri::Unknown;
  return Tri::False;
}

namespace {

Tri tri(bool b) { return b ? Tri::True : Tri::False; }

}  // namespace

Tri eval(const Model& m, const Cond& c, const World& w) {
  switch (c.kind) {
    case Cond::Kind::True: return Tri::True;
    case Cond::Kind::False: return Tri::False;
    case Cond::Kind::FactCmp:
      if (!w.known[c.index]) return Tri::Unknown;
      return tri(compare(w.value[c.index], c.op, c.value));
    case Cond::Kind::FactIn: {
      if (!w.known[c.index]) return Tri::Unknown;
      bool in = std::find(c.set.begin(), c.set.end(), w.value[c.index]) != c.set.end();
      return tri(in != (c.value == 1));
    }
    case Cond::Kind::LevelCmp:
      if (!w.level_known) {
        // The level is at least level_lo, so above zero once it is.
        if (w.level_lo <= 0) return Tri::Unknown;
        switch (c.op) {
          case Cond::Op::Ge: return w.level_lo >= c.value ? Tri::True : Tri::Unknown;
          case Cond::Op::Gt: return w.level_lo > c.value ? Tri::True : Tri::Unknown;
          case Cond::Op::Le: return w.level_lo > c.value ? Tri::False : Tri::Unknown;
          case Cond::Op::Lt: return w.level_lo >= c.value ? Tri::False : Tri::Unknown;
          case Cond::Op::Eq: return w.level_lo > c.value ? Tri::False : Tri::Unknown;
          case Cond::Op::Ne: return w.level_lo > c.value ? Tri::True : Tri::Unknown;
        }
        return Tri::Unknown;
      }
      // No behavior, no level: every comparison with it is false.
      if (w.level == 0) return Tri::False;
      return tri(compare(w.level, c.op, c.value));
    case Cond::Kind::HasBehavior:
      if (!w.has_known[c.index]) return Tri::Unknown;
      return tri(w.has[c.index]);
    case Cond::Kind::DefineRef: return eval(m, m.defines[c.index].cond, w);
    case Cond::Kind::Not: return tri_not(eval(m, c.kids[0], w));
    case Cond::Kind::And: {
      Tri t = Tri::True;
      for (auto& k : c.kids) {
        t = tri_and(t, eval(m, k, w));
        if (t == Tri::False) break;
      }
      return t;
    }
    case Cond::Kind::Or: {
      Tri t = Tri::False;
      for (auto& k : c.kids) {
        t = tri_or(t, eval(m, k, w));
        if (t == Tri::True) break;
      }
      return t;
    }
  }
  return Tri::Unknown;
}

Tri rule_applies(const Model& m, const RuleDef& r, const World& w) {
  Tri t = Tri::True;
  for (auto& c : r.conditions) {
    Tri v = eval(m, c.cond, w);
    t = tri_and(t, c.unless ? tri_not(v) : v);
    if (t == Tri::False) break;
  }
  return t;
}

Space make_space(const Model& m, const Reads& reads, std::vector<int> present, bool closed) {
  Space s;
  s.present = std::move(present);
  s.closed = closed;
  Reads all = reads;
  if (reads.level) {
    s.level = true;
    // The level comes from the behaviors' levels: what they read decides it.
    for (size_t b = 0; b < m.behaviors.size(); ++b) {
      bool may_be_present =
          !closed || std::count(s.present.begin(), s.present.end(), static_cast<int>(b));
      if (!may_be_present) continue;
      for (auto& l : m.behaviors[b].levels)
        if (l.when) {
          Reads r;
          collect_reads(m, *l.when, r);
          // Behaviors a level reads can be present too (in a closed space
          // they are known already).
          if (closed) r.behaviors.clear();
          all.add(r);
        }
    }
  }
  s.facts.assign(all.facts.begin(), all.facts.end());
  if (closed) return s;  // every behavior not present is absent
  for (int b : all.behaviors)
    if (std::find(s.present.begin(), s.present.end(), b) == s.present.end())
      s.behaviors.push_back(b);
  return s;
}

int64_t behavior_level(const Model& m, int b, const World& w) {
  int64_t lv = 0;
  for (auto& l : m.behaviors[b].levels)
    if (!l.when || eval(m, *l.when, w) == Tri::True) lv = std::max(lv, l.level);
  return lv;
}

namespace {

struct Searcher {
  const Model& m;
  const Plan& p;
  const Space& s;
  const std::function<Tri(const World&)>& pred;
  size_t budget;
  World w;
  size_t visited = 0;
  bool capped = false;
  std::vector<uint8_t> named;  // behaviors the space names

  // Levels the world's behaviors can give, each with the unnamed behavior
  // that brings it (-1: the named ones alone).
  std::vector<std::pair<int64_t, int>> levels() const {
    int64_t base = 0;
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      if (w.has_known[b] && w.has[b]) base = std::max(base, behavior_level(m, static_cast<int>(b), w));
    std::vector<std::pair<int64_t, int>> out{{base, -1}};
    if (s.closed) return out;
    for (size_t b = 0; b < m.behaviors.size(); ++b) {
      if (named[b]) continue;
      int64_t lv = behavior_level(m, static_cast<int>(b), w);
      if (lv > base &&
          std::none_of(out.begin(), out.end(), [&](auto& x) { return x.first == lv; }))
        out.push_back({lv, static_cast<int>(b)});
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  void bound_level() {
    if (!s.level || w.level_known) return;
    int64_t lo = 0;
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      if (w.has_known[b] && w.has[b]) lo = std::max(lo, behavior_level(m, static_cast<int>(b), w));
    w.level_lo = lo;
  }

  // 1: found, 0: none below, -1: capped.
  int dfs(size_t var) {
    if (++visited > budget) {
      capped = true;
      return -1;
    }
    bound_level();
    Tri t = pred(w);
    if (t == Tri::True) return 1;
    if (t == Tri::False) return 0;
    size_t nb = s.behaviors.size(), nf = s.facts.size();
    if (var < nb) {
      int b = s.behaviors[var];
      w.has_known[b] = 1;
      // Absent first: examples name as few behaviors as they can.
      for (uint8_t v : {uint8_t{0}, uint8_t{1}}) {
        w.has[b] = v;
        int r = dfs(var + 1);
        if (r) return r;
      }
      w.has_known[b] = 0;
      w.has[b] = 0;
      return 0;
    }
    if (var < nb + nf) {
      int f = s.facts[var - nb];
      w.known[f] = 1;
      for (int64_t v : p.facts[f].probe_values) {
        w.value[f] = v;
        int r = dfs(var + 1);
        if (r) return r;
      }
      w.known[f] = 0;
      return 0;
    }
    if (s.level && !w.level_known) {
      w.level_known = true;
      for (auto [lv, witness] : levels()) {
        w.level = lv;
        w.witness = witness;
        if (++visited > budget) {
          capped = true;
          return -1;
        }
        if (pred(w) == Tri::True) return 1;
      }
      w.level_known = false;
      w.level = 0;
      w.witness = -1;
    }
    return 0;
  }
};

}  // namespace

SearchResult search(const Model& m, const Plan& p, const Space& space,
                    const std::function<Tri(const World&)>& pred, size_t budget) {
  Searcher s{m, p, space, pred, budget, World(m), 0, false, {}};
  s.named.assign(m.behaviors.size(), 0);
  for (int b : space.behaviors) s.named[b] = 1;
  for (int b : space.present) {
    s.named[b] = 1;
    s.w.has[b] = 1;
    s.w.has_known[b] = 1;
  }
  if (space.closed)
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      if (!s.named[b]) s.w.has_known[b] = 1;
  int r = s.dfs(0);
  SearchResult out;
  out.visited = s.visited;
  out.status = r == 1 ? SearchStatus::Found : r < 0 ? SearchStatus::Capped : SearchStatus::None;
  if (r == 1) {
    out.world = s.w;
    minimize(m, space, out.world, pred);
  } else {
    out.world = World(m);
  }
  return out;
}

void minimize(const Model& m, const Space& space, World& w,
              const std::function<Tri(const World&)>& pred) {
  // With the level chosen, what the present behaviors' levels read stays:
  // the level rests on it.
  std::set<int> keep;
  if (w.level_known)
    for (size_t b = 0; b < m.behaviors.size(); ++b) {
      if (!((w.has_known[b] && w.has[b]) || static_cast<int>(b) == w.witness)) continue;
      for (auto& l : m.behaviors[b].levels)
        if (l.when) {
          Reads r;
          collect_reads(m, *l.when, r);
          keep.insert(r.facts.begin(), r.facts.end());
        }
    }
  // Before the level is chosen, the bound on it follows what is known.
  auto bound = [&] {
    if (!space.level || w.level_known) return;
    int64_t lo = 0;
    for (size_t b = 0; b < m.behaviors.size(); ++b)
      if (w.has_known[b] && w.has[b]) lo = std::max(lo, behavior_level(m, static_cast<int>(b), w));
    w.level_lo = lo;
  };
  auto holds = [&] {
    bound();
    return pred(w) == Tri::True;
  };
  for (int f : space.facts) {
    if (!w.known[f] || keep.count(f)) continue;
    w.known[f] = 0;
    if (!holds()) w.known[f] = 1;
  }
  if (!w.level_known)
    for (int b : space.behaviors) {
      if (!w.has_known[b] || !w.has[b]) continue;
      w.has_known[b] = 0;
      if (!holds()) w.has_known[b] = 1;
    }
  bound();
}

std::string describe_world(const Model& m, const World& w) {
  std::string b;
  for (size_t i = 0; i < m.behaviors.size(); ++i)
    if ((w.has_known[i] && w.has[i]) || static_cast<int>(i) == w.witness)
      b += (b.empty() ? "" : ", ") + m.behaviors[i].name;
  std::string f;
  for (size_t i = 0; i < m.facts.size(); ++i)
    if (w.known[i]) f += (f.empty() ? "" : ", ") + m.facts[i].name + " = " + m.facts[i].format(w.value[i]);
  std::string out = b.empty() ? "no behavior" : "behaviors " + b;
  if (!f.empty()) out += "; given " + f;
  if (w.level_known) out += w.level ? " (level " + std::to_string(w.level) + ")" : " (no level)";
  return out;
}

Incident incident_of(const Model& m, const Plan& p, const Space& space, const World& w) {
  Incident in;
  for (size_t i = 0; i < m.behaviors.size(); ++i)
    if ((w.has_known[i] && w.has[i]) || static_cast<int>(i) == w.witness)
      in.behaviors.push_back(static_cast<int>(i));
  std::vector<uint8_t> given(m.facts.size(), 0);
  for (size_t i = 0; i < m.facts.size(); ++i)
    if (w.known[i]) {
      in.facts.push_back({static_cast<int>(i), w.value[i], {}});
      given[i] = 1;
    }
  for (int f : space.facts)
    if (!given[f] && !p.facts[f].probe_values.empty())
      in.facts.push_back({f, p.facts[f].probe_values.front(), {}});
  return in;
}

std::string rule_head(const Model& m, const RuleDef& r) {
  std::string s;
  switch (r.effect) {
    case RuleDef::Effect::Permit: s = "permit "; break;
    case RuleDef::Effect::Forbid: s = "forbid "; break;
    case RuleDef::Effect::Require: s = "require "; break;
  }
  bool first = true;
  for (auto a : r.actions) {
    s += (first ? "sro." : ", sro.") + std::string(sro_action_name(a));
    first = false;
  }
  for (auto& d : r.duties) {
    s += (first ? "" : ", ") + std::string(duty_kind_name(d.kind));
    if (d.role >= 0) s += "(" + m.roles[d.role].name + ")";
    first = false;
  }
  return s;
}

std::vector<RuleRef> all_rules(const Model& m) {
  std::vector<RuleRef> out;
  for (auto& a : m.agreements)
    for (auto& c : a.clauses)
      for (auto& r : c.rules) out.push_back({&c, &r});
  return out;
}

namespace {

bool find_read(const Model& m, const Cond& c, const std::set<int>& facts, Span& where,
               std::string& via, int& fact, std::set<int>& seen) {
  if ((c.kind == Cond::Kind::FactCmp || c.kind == Cond::Kind::FactIn) && facts.count(c.index)) {
    where = c.span;
    fact = c.index;
    return true;
  }
  if (c.kind == Cond::Kind::DefineRef && seen.insert(c.index).second) {
    Span inner;
    std::string inner_via;
    if (find_read(m, m.defines[c.index].cond, facts, inner, inner_via, fact, seen)) {
      where = c.span;
      via = m.defines[c.index].name;
      return true;
    }
  }
  for (auto& k : c.kids)
    if (find_read(m, k, facts, where, via, fact, seen)) return true;
  return false;
}

}  // namespace

bool find_fact_read(const Model& m, const Cond& c, const std::set<int>& facts, Span& where,
                    std::string& via, int& fact) {
  std::set<int> seen;
  via.clear();
  return find_read(m, c, facts, where, via, fact, seen);
}

}  // namespace guidepost::lint
