// Exhaustive analysis of conditions for lint rules: what a condition reads,
// its value in a (partial) world in Kleene logic, and a search over every
// world the read facts and behaviors span.
//
// A world gives each read fact one of its plan probe values (one value per
// class of values every condition treats alike, so nothing is sampled), each
// read behavior present or absent, and, when the level is read, a level the
// behaviors can actually give: the highest of the present behaviors' levels,
// or a higher one that some behavior the conditions do not name would bring.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "guidepost/decide.h"
#include "guidepost/model.h"
#include "guidepost/plan.h"

namespace guidepost::lint {

struct Reads {
  std::set<int> facts, behaviors, defines;
  bool level = false;
  void add(const Reads& o);
};
// What a condition reads, following defines.
void collect_reads(const Model& m, const Cond& c, Reads& out);
Reads reads_of(const Model& m, const RuleDef& r);

// A partial world: unknown facts and behaviors make conditions Unknown.
struct World {
  std::vector<int64_t> value;
  std::vector<uint8_t> known;     // per fact
  std::vector<uint8_t> has;       // per behavior
  std::vector<uint8_t> has_known;
  int64_t level = 0;              // 0: no level
  bool level_known = false;
  // Before the level is chosen: the level the present behaviors already
  // guarantee (adding behaviors only raises it), for early answers.
  int64_t level_lo = 0;
  int witness = -1;               // a behavior the conditions do not name, present
                                  // only to give the level
  World() = default;
  explicit World(const Model& m);
};

Tri eval(const Model& m, const Cond& c, const World& w);
// A rule applies when every `when` holds and no `unless` holds.
Tri rule_applies(const Model& m, const RuleDef& r, const World& w);
inline Tri tri_not(Tri t) {
  return t == Tri::Unknown ? t : (t == Tri::True ? Tri::False : Tri::True);
}
Tri tri_and(Tri a, Tri b);
Tri tri_or(Tri a, Tri b);

struct Space {
  std::vector<int> facts;      // enumerated over their probe values
  std::vector<int> behaviors;  // each present or absent
  std::vector<int> present;    // present in every world
  bool closed = false;         // no other behavior is present
  bool level = false;          // the level is a variable, chosen last
};
// The space of what `reads` names; when it reads the level, also what the
// behaviors' conditional levels read. `present` behaviors are in every world;
// `closed`: no other behavior is.
Space make_space(const Model& m, const Reads& reads, std::vector<int> present = {},
                 bool closed = false);

enum class SearchStatus { Found, None, Capped };
struct SearchResult {
  SearchStatus status = SearchStatus::None;
  World world;
  size_t visited = 0;
};
// The first world of `space` in which `pred` is true (a partial world when
// the rest cannot change it), or None after trying them all, or Capped
// after `budget` combinations.
SearchResult search(const Model& m, const Plan& p, const Space& space,
                    const std::function<Tri(const World&)>& pred, size_t budget);

// Forgets what a found world gives that `pred` does not need (it stays true
// whatever the forgotten facts are), for short examples.
void minimize(const Model& m, const Space& space, World& w,
              const std::function<Tri(const World&)>& pred);

// The level a behavior has in a world (0: none), its conditional levels
// read with what the world knows.
int64_t behavior_level(const Model& m, int b, const World& w);

// "behaviors fighting; given imminent_threat = true" (the facts the world
// gives, in declaration order), and the level when known: "(level 3)".
std::string describe_world(const Model& m, const World& w);
// The same world as an incident the engine can decide: unknown facts of
// `space` take their first probe value.
Incident incident_of(const Model& m, const Plan& p, const Space& space, const World& w);

// "permit sro.arrest, sro.restrain" / "require emergency".
std::string rule_head(const Model& m, const RuleDef& r);
// Every rule, with its clause, in agreement order.
struct RuleRef {
  const ClauseDef* clause;
  const RuleDef* rule;
};
std::vector<RuleRef> all_rules(const Model& m);

// Whether a condition reads a fact, directly or through defines; the span of
// the first place it does so (the fact's comparison, or the define's use).
bool find_fact_read(const Model& m, const Cond& c, const std::set<int>& facts, Span& where,
                    std::string& via, int& fact);

}  // namespace guidepost::lint
