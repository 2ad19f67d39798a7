// Declarations: header, facts, responses, levels, roles, behaviors, defines.
#include <algorithm>
#include <cstdio>

#include "check/checker.h"

namespace guidepost {
namespace check {

namespace {

std::string quoted(const std::string& s) { return "`" + s + "`"; }

std::string did_you_mean(const std::string& name, const std::vector<std::string>& cands) {
  std::string c = closest_name(name, cands);
  return c.empty() ? std::string() : "did you mean `" + c + "`?";
}

bool valid_date(const std::string& s) {
  int y, mo, d;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &mo, &d) != 3) return false;
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || d > days[mo - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(mo == 2 && d == 29 && !leap);
}

}  // namespace

std::shared_ptr<Model> Checker::run(const std::vector<const ast::File*>& files) {
  if (files.empty()) return m_;
  // The entry file is last; a file of tests may leave the header to the
  // policy it imports.
  for (auto it = files.rbegin(); it != files.rend(); ++it)
    if ((*it)->header) {
      header(**it);
      break;
    }
  for (auto* f : files) {
    facts(*f);
    responses(*f);
    roles(*f);
  }
  for (auto* f : files) levels(*f);
  std::sort(m_->levels.begin(), m_->levels.end(),
            [](auto& a, auto& b) { return a.number < b.number; });
  for (auto* f : files) declare_behaviors(*f);
  for (auto* f : files) declare_defines(*f);
  define_bodies();
  define_order();
  for (auto* f : files) behavior_bodies(*f);
  include_graph();
  // A fact's `asked when` may name behaviors, so it is resolved last.
  for (auto* f : files)
    for (auto& fa : f->facts) {
      auto it = m_->fact_index.find(fa.name.text);
      if (!fa.asked_when || it == m_->fact_index.end()) continue;
      auto& def = m_->facts[it->second];
      if (def.span.line != fa.name.span.line || def.span.file != fa.name.span.file) continue;
      if (!def.default_value) {
        diags_.error("asked-without-default", fa.asked_when->span,
                     "fact " + quoted(fa.name.text) +
                         " has no default, so it is always asked when unknown",
                     "give it a default (`= false`) or drop `asked when`");
        continue;
      }
      def.asked_when = condition(*fa.asked_when, {false, "an `asked when` condition",
                                  "whether a fact is known is settled before the level is"});
    }
  for (auto* f : files) escalation(*f);
  escalation_graph();
  for (auto* f : files) {
    recognize(*f);
    triggers(*f);
  }
  for (auto* f : files) agreements(*f);
  for (auto* f : files) tests(*f);
  for (size_t i = 0; i < m_->roles.size(); ++i) {
    auto& r = m_->roles[i];
    bool on_ladder = std::any_of(m_->escalation.begin(), m_->escalation.end(), [&](auto& e) {
      return e.first == static_cast<int>(i) || e.second == static_cast<int>(i);
    });
    // After errors, a clause that failed to check may be the one naming it.
    if (!on_ladder && !used_roles_.count(r.name) && i != 0 && !diags_.has_errors())
      diags_.warning("unused-role", r.span,
                     "role " + quoted(r.name) + " is on no escalation path and no clause names it",
                     "add it to `escalation`, name it in a `require`, or remove it");
  }
  return m_;
}

void Checker::header(const ast::File& entry) {
  if (!entry.header) return;
  auto& h = *entry.header;
  m_->info.id = h.id;
  m_->info.span = h.span;
  if (h.id.empty())
    diags_.error("missing-field", h.span, "the policy id is empty",
                 "give it a short id: policy \"minnesota-model\" { ... }");
  static const std::vector<std::string> keys = {"title", "effective", "jurisdiction", "source"};
  for (auto& f : h.fields) {
    const std::string& k = f.key.text;
    if (k == "title") m_->info.title = f.value;
    else if (k == "jurisdiction") m_->info.jurisdiction = f.value;
    else if (k == "source") m_->info.source = f.value;
    else if (k == "effective") {
      m_->info.effective = f.value;
      if (!valid_date(f.value))
        diags_.error("invalid-date", f.value_span, "`" + f.value + "` is not a date",
                     "write dates as YYYY-MM-DD, e.g. effective 2024-08-01");
    } else {
      diags_.error("unknown-name", f.key.span, "unknown header field " + quoted(k),
                   did_you_mean(k, keys).empty()
                       ? "header fields are title, effective, jurisdiction and source"
                       : did_you_mean(k, keys));
    }
  }
}

bool Checker::claim_name(const ast::Name& n, const char* kind) {
  auto [it, fresh] = names_.try_emplace(n.text, kind, n.span);
  if (fresh) return true;
  const SourceFile* f = sources_.get(it->second.second.file);
  diags_.error("duplicate-id", n.span,
               std::string(kind) + " " + quoted(n.text) + " is already declared as a " +
                   it->second.first + " at " + (f ? f->path : "?") + ":" +
                   std::to_string(it->second.second.line),
               "rename one of them");
  return false;
}

std::optional<int64_t> Checker::fact_value(int fact, const ast::Literal& lit,
                                           const char* where) {
  auto& f = m_->facts[fact];
  using LK = ast::Literal::Kind;
  switch (f.kind) {
    case FactKind::Bool:
      if (lit.kind == LK::Bool) return lit.bool_value ? 1 : 0;
      diags_.error("type-mismatch", lit.span,
                   quoted(f.name) + " is true or false, not " +
                       (lit.kind == LK::Int ? "a number" : quoted(lit.name)),
                   std::string("write ") + f.name + " = true or " + f.name + " = false");
      return std::nullopt;
    case FactKind::Int:
      if (lit.kind != LK::Int) {
        diags_.error("type-mismatch", lit.span,
                     quoted(f.name) + " is a number (" + std::to_string(f.lo) + ".." +
                         std::to_string(f.hi) + "), not " +
                         (lit.kind == LK::Bool ? "true or false" : quoted(lit.name)));
        return std::nullopt;
      }
      if (lit.int_value < f.lo || lit.int_value > f.hi) {
        diags_.error("out-of-range", lit.span,
                     std::to_string(lit.int_value) + " is outside " + quoted(f.name) +
                         "'s range " + std::to_string(f.lo) + ".." + std::to_string(f.hi) +
                         " in " + where);
        return std::nullopt;
      }
      return lit.int_value;
    case FactKind::Enum: {
      if (lit.kind != LK::Name) {
        diags_.error("type-mismatch", lit.span,
                     quoted(f.name) + " is one of " + [&] {
                       std::string s;
                       for (auto& v : f.values) s += (s.empty() ? "" : ", ") + v;
                       return s;
                     }() + "; it cannot be " +
                         (lit.kind == LK::Int ? "a number" : "true or false"));
        return std::nullopt;
      }
      auto it = std::find(f.values.begin(), f.values.end(), lit.name);
      if (it == f.values.end()) {
        std::string help = did_you_mean(lit.name, f.values);
        if (help.empty()) {
          help = quoted(f.name) + " is one of:";
          for (auto& v : f.values) help += " " + v;
        }
        diags_.error("unknown-name", lit.span,
                     quoted(lit.name) + " is not a value of " + quoted(f.name), help);
        return std::nullopt;
      }
      return it - f.values.begin();
    }
  }
  return std::nullopt;
}

std::optional<FactValue> Checker::assignment(const ast::Assignment& a, const char* where) {
  auto it = m_->fact_index.find(a.fact.text);
  if (it == m_->fact_index.end()) {
    std::vector<std::string> names;
    for (auto& f : m_->facts) names.push_back(f.name);
    std::string help = did_you_mean(a.fact.text, names);
    if (help.empty() && m_->behavior_index.count(a.fact.text))
      help = quoted(a.fact.text) + " is a behavior; list it under `behaviors`";
    diags_.error("unknown-name", a.fact.span, "unknown fact " + quoted(a.fact.text), help);
    return std::nullopt;
  }
  auto v = fact_value(it->second, a.value, where);
  if (!v) return std::nullopt;
  return FactValue{it->second, *v, a.span};
}

void Checker::facts(const ast::File& file) {
  for (auto& fa : file.facts) {
    if (!claim_name(fa.name, "fact")) continue;
    FactDef d;
    d.name = fa.name.text;
    d.label = fa.label;
    d.span = fa.name.span;
    switch (fa.type.kind) {
      case ast::FactType::Kind::Bool:
        d.kind = FactKind::Bool;
        d.lo = 0;
        d.hi = 1;
        break;
      case ast::FactType::Kind::Int:
        d.kind = FactKind::Int;
        d.lo = fa.type.lo;
        d.hi = fa.type.hi;
        if (d.lo > d.hi) {
          diags_.error("empty-range", fa.type.span,
                       "range " + std::to_string(d.lo) + ".." + std::to_string(d.hi) +
                           " is empty",
                       "write the smaller bound first: " + std::to_string(d.hi) + ".." +
                           std::to_string(d.lo));
          continue;
        }
        break;
      case ast::FactType::Kind::Enum: {
        d.kind = FactKind::Enum;
        for (auto& v : fa.type.values) {
          if (std::find(d.values.begin(), d.values.end(), v.text) != d.values.end()) {
            diags_.error("duplicate-id", v.span,
                         "value " + quoted(v.text) + " appears twice in " + quoted(d.name));
            continue;
          }
          d.values.push_back(v.text);
        }
        d.lo = 0;
        d.hi = static_cast<int64_t>(d.values.size()) - 1;
        break;
      }
    }
    int idx = static_cast<int>(m_->facts.size());
    m_->facts.push_back(std::move(d));
    m_->fact_index[fa.name.text] = idx;
    if (fa.default_value) {
      auto v = fact_value(idx, *fa.default_value, "the default");
      if (v) m_->facts[idx].default_value = *v;
    }
  }
}

void Checker::responses(const ast::File& file) {
  for (auto& r : file.responses) {
    if (response_index_.count(r.name.text)) {
      diags_.error("duplicate-id", r.name.span,
                   "response " + quoted(r.name.text) + " is declared twice");
      continue;
    }
    response_index_[r.name.text] = static_cast<int>(m_->responses.size());
    m_->responses.push_back({r.name.text, r.label, r.name.span});
  }
}

void Checker::levels(const ast::File& file) {
  for (auto& l : file.levels) {
    if (std::any_of(m_->levels.begin(), m_->levels.end(),
                    [&](auto& x) { return x.number == l.number; })) {
      diags_.error("duplicate-id", l.number_span,
                   "level " + std::to_string(l.number) + " is declared twice");
      continue;
    }
    LevelDef d{l.number, l.name, -1, -1, l.span};
    if (l.number < 1) {
      // 0 stands for "no level" (an incident with no behavior).
      diags_.error("unknown-level", l.number_span, "levels are numbered from 1",
                   "number the lowest level 1");
      continue;
    }
    if (l.name.empty())
      diags_.error("missing-field", l.span,
                   "level " + std::to_string(l.number) + " has no name",
                   "name it: level 1 \"Classroom-managed\" { ... }");
    std::vector<std::string> known;
    for (auto& r : m_->responses) known.push_back(r.name);
    auto resolve = [&](const std::optional<ast::Name>& n) {
      if (!n) return -1;
      auto it = response_index_.find(n->text);
      if (it != response_index_.end()) return it->second;
      std::string help = did_you_mean(n->text, known);
      if (help.empty())
        help = known.empty() ? "declare the staff responses first: responses { redirect, "
                               "parent_contact, ... }"
                             : "declare it in `responses { ... }`";
      diags_.error("unknown-name", n->span, "unknown response " + quoted(n->text), help);
      return -1;
    };
    d.min_response = resolve(l.min_response);
    d.max_response = resolve(l.max_response);
    if (d.min_response >= 0 && d.max_response >= 0 && d.min_response > d.max_response)
      diags_.error("response-order", l.responses_span,
                   "level " + std::to_string(l.number) + "'s minimum response " +
                       quoted(l.min_response->text) + " is more severe than its maximum " +
                       quoted(l.max_response->text),
                   "responses are ordered as declared in `responses { ... }`, least severe "
                   "first; swap them or reorder the list");
    for (auto& n : l.notes)
      if (n.key.text != "description")
        diags_.error("unknown-name", n.key.span, "unknown level field " + quoted(n.key.text),
                     "a level holds `responses MIN .. MAX` and `description \"...\"`");
    m_->levels.push_back(std::move(d));
  }
}

void Checker::roles(const ast::File& file) {
  for (auto& r : file.roles) {
    if (m_->role_index.count(r.name.text)) {
      diags_.error("duplicate-id", r.name.span, "role " + quoted(r.name.text) + " is declared twice");
      continue;
    }
    m_->role_index[r.name.text] = static_cast<int>(m_->roles.size());
    m_->roles.push_back({r.name.text, r.label, r.name.span});
  }
}

int Checker::role(const ast::Name& n) {
  auto it = m_->role_index.find(n.text);
  if (it != m_->role_index.end()) {
    used_roles_.insert(n.text);
    return it->second;
  }
  std::vector<std::string> known;
  for (auto& r : m_->roles) known.push_back(r.name);
  std::string help = did_you_mean(n.text, known);
  if (help.empty()) help = "declare it in `roles { ... }`";
  diags_.error("unknown-name", n.span, "unknown role " + quoted(n.text), help);
  return -1;
}

int Checker::behavior(const ast::Name& n) {
  auto it = m_->behavior_index.find(n.text);
  if (it != m_->behavior_index.end()) return it->second;
  std::vector<std::string> known;
  for (auto& x : m_->behaviors) known.push_back(x.name);
  diags_.error("unknown-name", n.span, "unknown behavior " + quoted(n.text), did_you_mean(n.text, known));
  return -1;
}

void Checker::declare_behaviors(const ast::File& file) {
  for (auto& b : file.behaviors) {
    if (b.extends) continue;
    if (!claim_name(b.name, "behavior")) continue;
    m_->behavior_index[b.name.text] = static_cast<int>(m_->behaviors.size());
    BehaviorDef d;
    d.name = b.name.text;
    d.label = b.label;
    d.span = b.name.span;
    m_->behaviors.push_back(std::move(d));
  }
}

void Checker::behavior_bodies(const ast::File& file) {
  for (auto& b : file.behaviors) {
    auto it = m_->behavior_index.find(b.name.text);
    if (it == m_->behavior_index.end()) {
      if (b.extends) {
        std::vector<std::string> known;
        for (auto& x : m_->behaviors) known.push_back(x.name);
        std::string help = did_you_mean(b.name.text, known);
        diags_.error("unknown-name", b.name.span,
                     std::string(b.from_terms_file ? "terms file" : "`extend`") +
                         " names unknown behavior " + quoted(b.name.text),
                     help.empty() ? "declare it with `behavior`, or import the file that does"
                                  : help);
      }
      continue;
    }
    auto& d = m_->behaviors[it->second];
    if (!b.extends && d.span.line != b.name.span.line) continue;  // a duplicate
    if (b.extends && !b.label.empty()) d.label = b.label;
    for (auto& cl : b.levels) {
      if (!m_->level(cl.number))
        diags_.error("unknown-level", cl.number_span,
                     "the policy has no level " + std::to_string(cl.number),
                     m_->levels.empty()
                         ? "declare levels with `level N \"name\" { ... }`"
                         : "levels run from " + std::to_string(m_->levels.front().number) +
                               " to " + std::to_string(m_->levels.back().number));
      BehaviorLevel bl{cl.number, std::nullopt, cl.number_span};
      if (cl.when) {
        auto c = condition(*cl.when, {false, "a behavior's level", "the level is what it decides"});
        if (!c) continue;
        bl.when = std::move(c);
        d.levels.push_back(std::move(bl));
      } else {
        bool has_base = !d.levels.empty() && !d.levels.front().when;
        if (has_base) {
          diags_.error("duplicate-id", cl.number_span,
                       "behavior " + quoted(d.name) + " already has a base level (" +
                           std::to_string(d.levels.front().level) + ")",
                       "give the other level a condition: level 4 when injury == serious");
          continue;
        }
        d.levels.insert(d.levels.begin(), std::move(bl));
      }
    }
    for (auto& t : b.terms)
      if (term(t)) d.terms.push_back(t.text);
    for (auto& a : b.implies)
      if (auto v = assignment(a, "an `implies`")) d.implies.push_back(*v);
    for (size_t k = 0; k < b.includes.size(); ++k) {
      const ast::Name& n = b.includes[k];
      int inc = behavior(n);
      if (inc < 0) continue;
      if (inc == it->second) {
        diags_.error("include-cycle", n.span, "behavior " + quoted(d.name) + " includes itself",
                     "`includes` names the other behaviors a description of this one also reads");
        continue;
      }
      if (std::find(d.includes.begin(), d.includes.end(), inc) == d.includes.end()) {
        d.includes.push_back(inc);
        d.include_spans.push_back(n.span);
      }
      if (b.include_anywhere[k] &&
          std::find(d.includes_anywhere.begin(), d.includes_anywhere.end(), inc) == d.includes_anywhere.end())
        d.includes_anywhere.push_back(inc);
    }
    for (auto& n : b.repeats) {
      int rep = behavior(n);
      if (rep < 0) continue;
      if (rep == it->second) {
        diags_.error("include-cycle", n.span, "behavior " + quoted(d.name) + " repeats itself",
                     "`repeats` names the other behaviors that, repeated over time, are this one");
        continue;
      }
      if (std::find(d.repeats.begin(), d.repeats.end(), rep) == d.repeats.end())
        d.repeats.push_back(rep);
    }
    if (b.combines) {
      int base = behavior(*b.combines);
      std::vector<int> with;
      bool self = base == it->second;
      for (auto& n : b.combines_with) {
        int w = behavior(n);
        if (w < 0) continue;
        self |= w == it->second;
        if (std::find(with.begin(), with.end(), w) == with.end()) with.push_back(w);
      }
      if (self) {
        diags_.error("include-cycle", b.combines->span, "behavior " + quoted(d.name) + " combines itself",
                     "`combines` names two other behaviors that, named together, are this one");
      } else if (base >= 0 && !with.empty()) {
        d.combines = base;
        d.combines_with = std::move(with);
      }
    }
  }
}

void Checker::declare_defines(const ast::File& file) {
  for (auto& d : file.defines) {
    if (!claim_name(d.name, "define")) continue;
    m_->define_index[d.name.text] = static_cast<int>(m_->defines.size());
    m_->defines.push_back({d.name.text, {}, d.name.span});
    define_asts_.push_back(&d);
  }
}

void Checker::define_bodies() {
  define_refs_.assign(define_asts_.size(), {});
  for (size_t i = 0; i < define_asts_.size(); ++i) {
    current_define_ = static_cast<int>(i);
    auto c = condition(define_asts_[i]->expr, {true, "a define"});
    m_->defines[i].cond = c ? std::move(*c) : Cond{Cond::Kind::False};
  }
  current_define_ = -1;
}

}  // namespace check

std::shared_ptr<Model> check_files(const std::vector<const ast::File*>& files,
                                   const SourceSet& sources, Diagnostics& diags) {
  check::Checker c(sources, diags);
  return c.run(files);
}

}  // namespace guidepost
