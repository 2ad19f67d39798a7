// Shortest escalation paths, found once per plan with Boost.Graph.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include "plan/escalation_paths.h"

namespace guidepost {

void compute_escalation_paths(Plan& p) {
  const Model& m = *p.model;
  if (m.roles.empty()) return;
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  G g(m.roles.size());
  for (auto [a, b] : m.escalation) boost::add_edge(a, b, g);
  std::vector<G::vertex_descriptor> pred(m.roles.size());
  for (size_t i = 0; i < pred.size(); ++i) pred[i] = i;
  boost::breadth_first_search(
      g, 0, boost::visitor(boost::make_bfs_visitor(
                boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
  const char* targets[3] = {"administrator", "sro", "emergency_services"};
  for (int o = 0; o < 3; ++o) {
    auto it = m.role_index.find(targets[o]);
    if (it == m.role_index.end()) continue;
    std::vector<int> path;
    size_t v = it->second;
    while (v != 0 && pred[v] != v) {
      path.push_back(static_cast<int>(v));
      v = pred[v];
    }
    if (v != 0) continue;  // unreachable from the first role
    path.push_back(0);
    p.escalation_paths[o].assign(path.rbegin(), path.rend());
  }
}

}  // namespace guidepost
