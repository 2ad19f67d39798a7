// The compiled programs against a reference: random conditions over
// unknown facts, behaviors, the level and named conditions, each decided by
// the plan and by a plain Kleene evaluation written here from the language
// reference. Compilation groups, negates, regroups behaviors and inlines
// small defines; none of that may change a value.
#include <functional>
#include <random>

#include "../test_policy.h"

namespace guidepost {
namespace {

using testing::incident;
using testing::plan_of;

enum class T { F, Tr, U };
T t_not(T a) { return a == T::U ? T::U : (a == T::Tr ? T::F : T::Tr); }
T t_and(T a, T b) {
  if (a == T::F || b == T::F) return T::F;
  return a == T::U || b == T::U ? T::U : T::Tr;
}
T t_or(T a, T b) { return t_not(t_and(t_not(a), t_not(b))); }

// An incident: each fact known or not; behaviors present; the level follows.
struct World {
  std::optional<bool> flag;
  std::optional<int> count;
  std::optional<int> kind;  // 0 x, 1 y, 2 z
  bool b1 = false, b2 = false;
  int level() const { return b2 ? 3 : (b1 ? 1 : 0); }
};

struct Expr {
  std::string text;
  std::function<T(const World&)> eval;
};

class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  Expr leaf(const std::vector<Expr>& defines) {
    int k = pick(8 + (defines.empty() ? 0 : 2));
    auto known_cmp = [](auto get, auto test) {
      return [get, test](const World& w) {
        auto v = get(w);
        return !v ? T::U : (test(*v) ? T::Tr : T::F);
      };
    };
    switch (k) {
      case 0: return {"flag", known_cmp([](const World& w) { return w.flag; }, [](bool v) { return v; })};
      case 1: {
        int n = pick(6);
        return {"count >= " + std::to_string(n),
                known_cmp([](const World& w) { return w.count; }, [n](int v) { return v >= n; })};
      }
      case 2: {
        int n = pick(6);
        return {"count == " + std::to_string(n),
                known_cmp([](const World& w) { return w.count; }, [n](int v) { return v == n; })};
      }
      case 3: {
        int n = pick(3);
        return {std::string("kind == ") + "xyz"[n],
                known_cmp([](const World& w) { return w.kind; }, [n](int v) { return v == n; })};
      }
      case 4: {
        int n = pick(3);
        bool neg = pick(2);
        std::string set = n == 0 ? "{ x, y }" : n == 1 ? "{ y, z }" : "{ x, z }";
        return {std::string("kind ") + (neg ? "not in " : "in ") + set,
                known_cmp([](const World& w) { return w.kind; },
                          [n, neg](int v) { return (v != (n + 2) % 3) != neg; })};
      }
      case 5: return {"b1", [](const World& w) { return w.b1 ? T::Tr : T::F; }};
      case 6: return {"b2", [](const World& w) { return w.b2 ? T::Tr : T::F; }};
      case 7: {
        int n = 1 + pick(3);
        return {"level >= " + std::to_string(n), [n](const World& w) {
                  return w.level() > 0 && w.level() >= n ? T::Tr : T::F;
                }};
      }
      default: {
        size_t d = static_cast<size_t>(pick(static_cast<int>(defines.size())));
        return {"d" + std::to_string(d), defines[d].eval};
      }
    }
  }

  Expr expr(int depth, const std::vector<Expr>& defines) {
    if (depth == 0 || pick(3) == 0) return leaf(defines);
    int k = pick(5);
    if (k == 0) {
      Expr e = expr(depth - 1, defines);
      return {"not (" + e.text + ")", [f = e.eval](const World& w) { return t_not(f(w)); }};
    }
    bool is_and = k % 2;
    int n = 2 + pick(3);
    std::vector<Expr> parts;
    for (int i = 0; i < n; ++i) parts.push_back(expr(depth - 1, defines));
    std::string text = "(";
    for (int i = 0; i < n; ++i) text += (i ? (is_and ? " and " : " or ") : "") + parts[i].text;
    text += ")";
    return {text, [parts, is_and](const World& w) {
              T acc = is_and ? T::Tr : T::F;
              for (auto& p : parts) acc = is_and ? t_and(acc, p.eval(w)) : t_or(acc, p.eval(w));
              return acc;
            }};
  }

  World world() {
    World w;
    if (pick(3)) w.flag = pick(2) == 1;
    if (pick(3)) w.count = pick(6);
    if (pick(3)) w.kind = pick(3);
    w.b1 = pick(2);
    w.b2 = pick(3) == 0;
    return w;
  }

 private:
  std::mt19937 rng_;
};

TEST(Program, AgreesWithKleeneReferenceOnRandomConditions) {
  Gen g(20261125);
  int compared = 0;
  for (int round = 0; round < 150; ++round) {
    std::vector<Expr> defines;
    std::string text = R"(
facts {
  flag : bool
  count : int 0..5
  kind : enum { x, y, z }
}
responses { redirect, conference }
level 1 "Minor" { responses redirect .. conference }
level 2 "Middle" { responses redirect .. conference }
level 3 "Harmful" { responses redirect .. conference }
behavior b1 { level 1 }
behavior b2 { level 3 }
roles { teacher, administrator, sro, emergency_services }
escalation { teacher -> administrator -> sro -> emergency_services }
)";
    int nd = g.pick(4);
    for (int d = 0; d < nd; ++d) {
      Expr e = g.expr(2 + g.pick(2), defines);
      text += "define d" + std::to_string(d) + " = " + e.text + "\n";
      defines.push_back(e);
    }
    Expr rule = g.expr(4, defines);
    text += "agreement { clause 1 { paraphrase \"p\" permit sro.involve when " + rule.text + " } }\n";
    auto p = plan_of(text);
    ASSERT_TRUE(p) << text;
    for (int k = 0; k < 40; ++k) {
      World w = g.world();
      std::vector<std::string> behaviors;
      if (w.b1) behaviors.push_back("b1");
      if (w.b2) behaviors.push_back("b2");
      std::vector<std::pair<std::string, std::string>> facts;
      if (w.flag) facts.push_back({"flag", *w.flag ? "true" : "false"});
      if (w.count) facts.push_back({"count", std::to_string(*w.count)});
      if (w.kind) facts.push_back({"kind", std::string(1, "xyz"[*w.kind])});
      Scratch s;
      CoreDecision d = decide_core(*p, incident(*p, behaviors, facts), s);
      T want = rule.eval(w);
      ActionState expect = want == T::Tr ? ActionState::Permitted
                           : want == T::U ? ActionState::Unknown
                                          : ActionState::Forbidden;
      ASSERT_EQ(d.actions[static_cast<int>(SroAction::Involve)], expect)
          << "rule: " << rule.text << "\nbehaviors b1=" << w.b1 << " b2=" << w.b2
          << " flag=" << (w.flag ? std::to_string(*w.flag) : "?")
          << " count=" << (w.count ? std::to_string(*w.count) : "?")
          << " kind=" << (w.kind ? std::to_string(*w.kind) : "?") << "\npolicy:\n" << text;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 150 * 40);
}

}  // namespace
}  // namespace guidepost
