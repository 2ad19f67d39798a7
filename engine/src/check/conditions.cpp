// Conditions: resolve names and check types. A condition is true or false
// (or unknown at decision time); comparisons put a fact or `level` against a
// value of the fact's own type.
#include <algorithm>

#include "check/checker.h"

namespace guidepost {
namespace check {

namespace {

std::string quoted(const std::string& s) { return "`" + s + "`"; }

Cond::Op op_of(ast::Expr::Op o) {
  switch (o) {
    case ast::Expr::Op::Eq: return Cond::Op::Eq;
    case ast::Expr::Op::Ne: return Cond::Op::Ne;
    case ast::Expr::Op::Lt: return Cond::Op::Lt;
    case ast::Expr::Op::Le: return Cond::Op::Le;
    case ast::Expr::Op::Gt: return Cond::Op::Gt;
    case ast::Expr::Op::Ge: return Cond::Op::Ge;
  }
  return Cond::Op::Eq;
}

// a op b  ==  b flip(op) a
Cond::Op flip(Cond::Op o) {
  switch (o) {
    case Cond::Op::Lt: return Cond::Op::Gt;
    case Cond::Op::Le: return Cond::Op::Ge;
    case Cond::Op::Gt: return Cond::Op::Lt;
    case Cond::Op::Ge: return Cond::Op::Le;
    default: return o;
  }
}

const char* kind_word(FactKind k) {
  switch (k) {
    case FactKind::Bool: return "true or false";
    case FactKind::Int: return "a number";
    case FactKind::Enum: return "a named value";
  }
  return "";
}

}  // namespace

std::vector<std::string> Checker::expression_names() const {
  std::vector<std::string> out;
  for (auto& [n, _] : names_) out.push_back(n);
  return out;
}

bool Checker::reads_level(const Cond& c) const {
  if (c.kind == Cond::Kind::LevelCmp) return true;
  if (c.kind == Cond::Kind::DefineRef && c.index >= 0 &&
      c.index < static_cast<int>(m_->defines.size())) {
    // Remembered per define: defines that share defines would otherwise
    // be walked once per path, which doubles with every level.
    if (define_reads_level_.size() != m_->defines.size())
      define_reads_level_.assign(m_->defines.size(), -1);
    int8_t& memo = define_reads_level_[c.index];
    if (memo < 0) memo = reads_level(m_->defines[c.index].cond) ? 1 : 0;
    return memo == 1;
  }
  return std::any_of(c.kids.begin(), c.kids.end(), [&](auto& k) { return reads_level(k); });
}

std::optional<Cond> Checker::condition(const ast::Expr& e, const CondContext& ctx) {
  using K = ast::Expr::Kind;
  switch (e.kind) {
    case K::Or:
    case K::And: {
      Cond c{e.kind == K::Or ? Cond::Kind::Or : Cond::Kind::And};
      c.span = e.span;
      bool ok = true;
      for (auto& k : e.kids) {
        auto r = condition(k, ctx);
        if (r) c.kids.push_back(std::move(*r));
        else ok = false;
      }
      if (!ok) return std::nullopt;
      return c;
    }
    case K::Not: {
      auto r = condition(e.kids[0], ctx);
      if (!r) return std::nullopt;
      Cond c{Cond::Kind::Not};
      c.span = e.span;
      c.kids.push_back(std::move(*r));
      return c;
    }
    case K::Bool: {
      Cond c{e.bool_value ? Cond::Kind::True : Cond::Kind::False};
      c.span = e.span;
      return c;
    }
    case K::Ref: return ref(e, ctx);
    case K::Compare: return operand_compare(e, ctx);
    case K::Member: return member(e, ctx);
    case K::Level:
      diags_.error("type-mismatch", e.span, "`level` is a number, not a condition",
                   "compare it: level >= 4");
      return std::nullopt;
    case K::Int:
      diags_.error("type-mismatch", e.span, "a number is not a condition",
                   "compare a fact with it: participants >= 3");
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Cond> Checker::ref(const ast::Expr& e, const CondContext& ctx) {
  Cond c;
  c.span = e.span;
  if (auto it = m_->fact_index.find(e.name); it != m_->fact_index.end()) {
    auto& f = m_->facts[it->second];
    if (f.kind != FactKind::Bool) {
      std::string example = f.kind == FactKind::Enum && !f.values.empty()
                                ? f.name + " == " + f.values.back()
                                : f.name + " >= " + std::to_string(f.hi);
      diags_.error("type-mismatch", e.span,
                   "fact " + quoted(f.name) + " is " + kind_word(f.kind) +
                       ", not true or false",
                   "compare it: " + example);
      return std::nullopt;
    }
    c.kind = Cond::Kind::FactCmp;
    c.index = it->second;
    c.op = Cond::Op::Eq;
    c.value = 1;
    return c;
  }
  if (auto it = m_->behavior_index.find(e.name); it != m_->behavior_index.end()) {
    c.kind = Cond::Kind::HasBehavior;
    c.index = it->second;
    return c;
  }
  if (auto it = m_->define_index.find(e.name); it != m_->define_index.end()) {
    c.kind = Cond::Kind::DefineRef;
    c.index = it->second;
    if (current_define_ >= 0) define_refs_[current_define_].push_back(it->second);
    if (!ctx.level_allowed && current_define_ < 0 && reads_level(m_->defines[it->second].cond)) {
      diags_.error("level-self-reference", e.span,
                   "define " + quoted(e.name) + " reads `level`, which " + ctx.where +
                       " cannot: " + ctx.why,
                   "test the facts the level rests on instead");
      return std::nullopt;
    }
    return c;
  }
  // Maybe an enum value used on its own: say which fact it belongs to.
  for (auto& f : m_->facts)
    if (std::find(f.values.begin(), f.values.end(), e.name) != f.values.end()) {
      diags_.error("type-mismatch", e.span,
                   quoted(e.name) + " is a value of " + quoted(f.name) + ", not a condition",
                   "compare: " + f.name + " == " + e.name);
      return std::nullopt;
    }
  std::string help;
  std::string near = closest_name(e.name, expression_names());
  if (!near.empty()) help = "did you mean `" + near + "`?";
  diags_.error("unknown-name", e.span, "unknown name " + quoted(e.name),
               help.empty() ? "conditions name facts, behaviors and defines" : help);
  return std::nullopt;
}

std::optional<int64_t> Checker::compare_value(int fact, const ast::Expr& v) {
  ast::Literal lit;
  lit.span = v.span;
  switch (v.kind) {
    case ast::Expr::Kind::Int:
      lit.kind = ast::Literal::Kind::Int;
      lit.int_value = v.int_value;
      break;
    case ast::Expr::Kind::Bool:
      lit.kind = ast::Literal::Kind::Bool;
      lit.bool_value = v.bool_value;
      break;
    case ast::Expr::Kind::Ref:
      lit.kind = ast::Literal::Kind::Name;
      lit.name = v.name;
      break;
    default:
      diags_.error("type-mismatch", v.span,
                   "compare " + quoted(m_->facts[fact].name) + " with a value");
      return std::nullopt;
  }
  return fact_value(fact, lit, "this comparison");
}

std::optional<int64_t> Checker::level_value(const ast::Expr& v) {
  if (v.kind != ast::Expr::Kind::Int) {
    diags_.error("type-mismatch", v.span, "`level` is compared with a level number",
                 "e.g. level >= 4");
    return std::nullopt;
  }
  if (!m_->level(v.int_value)) {
    diags_.error("unknown-level", v.span,
                 "the policy has no level " + std::to_string(v.int_value),
                 m_->levels.empty() ? std::string("declare levels with `level N \"name\" { ... }`")
                                    : "levels run from " +
                                          std::to_string(m_->levels.front().number) + " to " +
                                          std::to_string(m_->levels.back().number));
    return std::nullopt;
  }
  return v.int_value;
}

std::optional<Cond> Checker::operand_compare(const ast::Expr& e, const CondContext& ctx) {
  const ast::Expr* lhs = &e.kids[0];
  const ast::Expr* rhs = &e.kids[1];
  Cond::Op op = op_of(e.op);
  auto is_fact = [&](const ast::Expr* x) {
    return x->kind == ast::Expr::Kind::Ref && m_->fact_index.count(x->name);
  };
  auto is_subject = [&](const ast::Expr* x) {
    return x->kind == ast::Expr::Kind::Level || is_fact(x);
  };
  if (!is_subject(lhs) && is_subject(rhs)) {
    std::swap(lhs, rhs);
    op = flip(op);
  }
  Cond c;
  c.span = e.span;
  c.op = op;
  if (lhs->kind == ast::Expr::Kind::Level) {
    if (!ctx.level_allowed) {
      diags_.error("level-self-reference", lhs->span,
                   std::string("`level` cannot be read in ") + ctx.where +
                       ": " + ctx.why,
                   "test the facts the level rests on instead");
      return std::nullopt;
    }
    auto v = level_value(*rhs);
    if (!v) return std::nullopt;
    c.kind = Cond::Kind::LevelCmp;
    c.value = *v;
    return c;
  }
  if (!is_fact(lhs)) {
    if (lhs->kind == ast::Expr::Kind::Ref && !m_->behavior_index.count(lhs->name) &&
        !m_->define_index.count(lhs->name))
      return ref(*lhs, ctx);  // reports the unknown name with a suggestion
    diags_.error("type-mismatch", e.span, "a comparison needs a fact or `level` on one side",
                 "e.g. injury == serious, participants >= 3, level <= 3");
    return std::nullopt;
  }
  if (is_fact(rhs)) {
    diags_.error("type-mismatch", e.span, "comparing two facts is not supported",
                 "compare each fact with a value");
    return std::nullopt;
  }
  int fact = m_->fact_index.find(lhs->name)->second;
  auto& f = m_->facts[fact];
  if (f.kind == FactKind::Bool && op != Cond::Op::Eq && op != Cond::Op::Ne) {
    diags_.error("type-mismatch", e.span,
                 quoted(f.name) + " is true or false; it has no order",
                 "use == or !=");
    return std::nullopt;
  }
  auto v = compare_value(fact, *rhs);
  if (!v) return std::nullopt;
  c.kind = Cond::Kind::FactCmp;
  c.index = fact;
  c.value = *v;
  return c;
}

std::optional<Cond> Checker::member(const ast::Expr& e, const CondContext& ctx) {
  const ast::Expr& subject = e.kids[0];
  Cond c;
  c.span = e.span;
  c.kind = Cond::Kind::FactIn;
  if (subject.kind == ast::Expr::Kind::Level) {
    if (!ctx.level_allowed) {
      diags_.error("level-self-reference", subject.span,
                   std::string("`level` cannot be read in ") + ctx.where, "");
      return std::nullopt;
    }
    // level in {4, 5}: an Or of level comparisons keeps one code path.
    Cond any{Cond::Kind::Or};
    any.span = e.span;
    for (auto& lit : e.set) {
      ast::Expr v;
      v.kind = lit.kind == ast::Literal::Kind::Int ? ast::Expr::Kind::Int : ast::Expr::Kind::Ref;
      v.int_value = lit.int_value;
      v.name = lit.name;
      v.span = lit.span;
      auto n = level_value(v);
      if (!n) return std::nullopt;
      Cond k{Cond::Kind::LevelCmp};
      k.op = Cond::Op::Eq;
      k.value = *n;
      k.span = lit.span;
      any.kids.push_back(std::move(k));
    }
    if (!e.negated) return any;
    Cond neg{Cond::Kind::Not};
    neg.span = e.span;
    neg.kids.push_back(std::move(any));
    return neg;
  }
  if (subject.kind != ast::Expr::Kind::Ref || !m_->fact_index.count(subject.name)) {
    if (subject.kind == ast::Expr::Kind::Ref && !m_->behavior_index.count(subject.name) &&
        !m_->define_index.count(subject.name))
      return ref(subject, ctx);
    diags_.error("type-mismatch", subject.span, "`in` needs a fact or `level` on its left",
                 "e.g. weapon in { knife, firearm }");
    return std::nullopt;
  }
  c.index = m_->fact_index.find(subject.name)->second;
  c.value = e.negated ? 1 : 0;  // 1: `not in`
  bool ok = true;
  for (auto& lit : e.set) {
    auto v = fact_value(c.index, lit, "this set");
    if (!v) { ok = false; continue; }
    if (std::find(c.set.begin(), c.set.end(), *v) != c.set.end())
      diags_.warning("duplicate-value", lit.span, "value listed twice");
    else
      c.set.push_back(*v);
  }
  if (!ok) return std::nullopt;
  return c;
}

}  // namespace check
}  // namespace guidepost
