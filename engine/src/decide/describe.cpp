// Conditions in plain words, for principals: "injury is serious", not
// "injury == serious".
#include "guidepost/explain.h"

namespace guidepost {

namespace {

std::string words(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

std::string list(const FactDef& f, const std::vector<int64_t>& vals) {
  std::string out;
  for (size_t i = 0; i < vals.size(); ++i) {
    if (i) out += i + 1 == vals.size() ? " or " : ", ";
    out += words(f.format(vals[i]));
  }
  return out;
}

std::string order(Cond::Op op, const std::string& v) {
  switch (op) {
    case Cond::Op::Eq: return "is " + v;
    case Cond::Op::Ne: return "is not " + v;
    case Cond::Op::Lt: return "is below " + v;
    case Cond::Op::Le: return "is " + v + " or lower";
    case Cond::Op::Gt: return "is above " + v;
    case Cond::Op::Ge: return "is " + v + " or higher";
  }
  return "";
}

std::string join(const Model& m, const Cond& c, const char* sep, bool nested) {
  std::string out;
  for (size_t i = 0; i < c.kids.size(); ++i) {
    if (i) out += sep;
    const Cond& k = c.kids[i];
    // "weapon is knife or other" inside an `or` reads ambiguously: bracket it.
    bool paren = k.kind == Cond::Kind::Or || k.kind == Cond::Kind::And ||
                 (k.kind == Cond::Kind::FactIn && k.set.size() > 1);
    out += paren ? "(" + describe(m, k) + ")" : describe(m, k);
  }
  (void)nested;
  return out;
}

}  // namespace

std::string describe(const Model& m, const Cond& c) {
  switch (c.kind) {
    case Cond::Kind::True: return "always";
    case Cond::Kind::False: return "never";
    case Cond::Kind::And: return join(m, c, " and ", false);
    case Cond::Kind::Or: return join(m, c, " or ", false);
    case Cond::Kind::Not: {
      const Cond& k = c.kids[0];
      bool simple = k.kind == Cond::Kind::HasBehavior || k.kind == Cond::Kind::DefineRef ||
                    (k.kind == Cond::Kind::FactCmp && m.facts[k.index].kind == FactKind::Bool);
      return simple ? "not " + describe(m, k) : "not (" + describe(m, k) + ")";
    }
    case Cond::Kind::FactCmp: {
      const FactDef& f = m.facts[c.index];
      if (f.kind == FactKind::Bool) {
        bool yes = (c.value == 1) == (c.op == Cond::Op::Eq);
        return (yes ? "" : "no ") + words(f.name);
      }
      return words(f.name) + " " + order(c.op, words(f.format(c.value)));
    }
    case Cond::Kind::FactIn: {
      const FactDef& f = m.facts[c.index];
      return words(f.name) + (c.value == 1 ? " is not " : " is ") + list(f, c.set);
    }
    case Cond::Kind::LevelCmp: return "the level " + order(c.op, std::to_string(c.value));
    case Cond::Kind::HasBehavior: return words(m.behaviors[c.index].name);
    case Cond::Kind::DefineRef: return words(m.defines[c.index].name);
  }
  return "";
}

}  // namespace guidepost
