// The two graphs a policy declares: which define reads which (a cycle has no
// meaning), and the escalation ladder (a cycle hands an incident round in a
// circle; a role no path reaches can never be asked to act).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <set>

#include "check/checker.h"

namespace guidepost {
namespace check {

namespace {

constexpr int kMaxDefineDepth = 64;

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Back edges of a depth-first search from every vertex: one per cycle found.
std::vector<std::pair<int, int>> back_edges(const Graph& g) {
  struct Visitor : boost::default_dfs_visitor {
    std::vector<std::pair<int, int>>* out;
    void back_edge(Graph::edge_descriptor e, const Graph& g) const {
      out->push_back({static_cast<int>(boost::source(e, g)),
                      static_cast<int>(boost::target(e, g))});
    }
  };
  std::vector<std::pair<int, int>> out;
  Visitor v;
  v.out = &out;
  boost::depth_first_search(g, boost::visitor(v));
  return out;
}

}  // namespace

// Behaviors that include each other would fold each into the other and
// leave neither: a cycle is an error, and is broken.
void Checker::include_graph() {
  Graph g(m_->behaviors.size());
  for (size_t i = 0; i < m_->behaviors.size(); ++i)
    for (int j : m_->behaviors[i].includes) boost::add_edge(i, j, g);
  for (auto [from, to] : back_edges(g)) {
    auto& b = m_->behaviors[from];
    auto at = std::find(b.includes.begin(), b.includes.end(), to) - b.includes.begin();
    diags_.error("include-cycle", b.include_spans[at],
                 "include cycle: `" + b.name + "` includes `" + m_->behaviors[to].name +
                     "`, which leads back to `" + b.name + "`",
                 "a behavior may include only behaviors that do not include it");
    b.includes.erase(b.includes.begin() + at);
    std::erase(b.includes_anywhere, to);
    b.include_spans.erase(b.include_spans.begin() + at);
  }
}

void Checker::define_order() {
  std::set<int> broken;
  Graph g(m_->defines.size());
  for (size_t i = 0; i < define_refs_.size(); ++i)
    for (int j : define_refs_[i]) boost::add_edge(i, j, g);
  for (auto [from, to] : back_edges(g)) {
    auto& d = m_->defines[from];
    std::string msg = from == to ? "define `" + d.name + "` refers to itself"
                                 : "define cycle: `" + d.name + "` reads `" +
                                       m_->defines[to].name + "`, which leads back to `" +
                                       d.name + "`";
    diags_.error("define-cycle", d.span, msg, "a define may use only defines that do not use it");
    // Break the cycle so later stages never recurse forever.
    m_->defines[from].cond = Cond{Cond::Kind::False};
    broken.insert(from);
  }
  // Later stages walk define chains recursively; bound their length. The
  // depth is computed over a depth-first finishing order (references first).
  struct Finish : boost::default_dfs_visitor {
    std::vector<int>* order;
    void finish_vertex(Graph::vertex_descriptor v, const Graph&) const {
      order->push_back(static_cast<int>(v));
    }
  };
  std::vector<int> order;
  Finish f;
  f.order = &order;
  boost::depth_first_search(g, boost::visitor(f));
  // A define past the limit is reported once; those built on it are cut
  // silently (depth 0 marks them).
  std::vector<int> depth(m_->defines.size(), 1);
  for (int v : order) {
    if (broken.count(v)) continue;
    int d = 1;
    bool cut = false;
    for (int ref : define_refs_[v]) {
      cut |= depth[ref] == 0;
      d = std::max(d, depth[ref] + 1);
    }
    if (cut) {
      m_->defines[v].cond = Cond{Cond::Kind::False};
      depth[v] = 0;
      continue;
    }
    depth[v] = d;
    if (d > kMaxDefineDepth) {
      diags_.error("define-too-deep", m_->defines[v].span,
                   "define `" + m_->defines[v].name + "` is the end of a chain of " +
                       std::to_string(d) + " defines; the limit is " +
                       std::to_string(kMaxDefineDepth),
                   "a chain this long is generated, not written: flatten it");
      m_->defines[v].cond = Cond{Cond::Kind::False};
      depth[v] = 0;
    }
  }
}

void Checker::escalation(const ast::File& file) {
  for (auto& e : file.escalation) {
    int a = role(e.from), b = role(e.to);
    if (a < 0 || b < 0) continue;
    if (a == b) {
      diags_.error("escalation-cycle", e.to.span,
                   "role `" + e.from.text + "` escalates to itself");
      continue;
    }
    m_->escalation.push_back({a, b});
    escalation_spans_.push_back(e.to.span);
  }
}

void Checker::escalation_graph() {
  if (m_->roles.empty()) return;
  Graph g(m_->roles.size());
  for (auto [a, b] : m_->escalation) boost::add_edge(a, b, g);
  for (auto [from, to] : back_edges(g)) {
    Span where = m_->roles[to].span;
    for (size_t i = 0; i < m_->escalation.size(); ++i)
      if (m_->escalation[i] == std::make_pair(from, to)) where = escalation_spans_[i];
    diags_.error("escalation-cycle", where,
                 "escalation cycle: `" + m_->roles[from].name + "` hands back to `" +
                     m_->roles[to].name + "`",
                 "escalation runs one way, from the first responder up");
  }
  // Every role on the ladder must be reachable from the first role declared.
  std::vector<boost::default_color_type> color(m_->roles.size(), boost::white_color);
  boost::breadth_first_search(
      g, 0,
      boost::color_map(boost::make_iterator_property_map(color.begin(),
                                                         boost::get(boost::vertex_index, g))));
  for (size_t i = 1; i < m_->roles.size(); ++i) {
    bool on_ladder = false;
    for (auto [a, b] : m_->escalation) on_ladder |= (a == static_cast<int>(i) || b == static_cast<int>(i));
    if (on_ladder && color[i] == boost::white_color)
      diags_.error("unreachable-role", m_->roles[i].span,
                   "no escalation path reaches role `" + m_->roles[i].name + "` from `" +
                       m_->roles[0].name + "`, where every incident starts",
                   "add an edge such as `" + m_->roles[0].name + " -> " + m_->roles[i].name + "`");
  }
}

}  // namespace check
}  // namespace guidepost
