// The only file that sees ANTLR. AstBuilder is both the syntax-error sink and
// the translator from parse tree to ast::File; after it, everything is ours.
#include <antlr4-runtime.h>

#include <charconv>
#include <typeinfo>

#include "PolicyLexer.h"
#include "PolicyParser.h"
#include "guidepost/parse.h"
#include "parse/utf8.h"

namespace guidepost {
namespace {

using P = policygen::PolicyParser;

// Thrown by the listener to stop a file that has produced too many errors.
struct TooManyErrors {};

// The generated context classes are leaves: comparing type_info is exact,
// and far cheaper than dynamic_cast, which the AST builder calls per node.
template <class T>
T* as(antlr4::tree::ParseTree* p) {
  return p && typeid(*p) == typeid(T) ? static_cast<T*>(p) : nullptr;
}

// The runtime decodes UTF-8 with std::wstring_convert, a large share of a
// small file's load time; the text is already validated, so decode it here.
class Utf8InputStream : public antlr4::ANTLRInputStream {
 public:
  explicit Utf8InputStream(std::string_view s) : antlr4::ANTLRInputStream("") {
    _data.clear();
    _data.reserve(s.size());
    // A leading byte-order mark is not part of the text (columns ignore it).
    size_t i = s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (i < s.size()) {
      auto c = static_cast<unsigned char>(s[i]);
      char32_t cp;
      size_t len;
      if (c < 0x80) { cp = c; len = 1; }
      else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; }
      else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; }
      else { cp = c & 0x07; len = 4; }
      for (size_t k = 1; k < len && i + k < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      _data.push_back(cp);
      i += len;
    }
    p = 0;
  }
  char32_t at(size_t i) const { return i < _data.size() ? _data[i] : 0; }
};

class AstBuilder : public antlr4::BaseErrorListener {
 public:
  AstBuilder(uint32_t file, Diagnostics& diags, int max_errors)
      : file_(file), diags_(diags), max_errors_(max_errors) {}

  int errors() const { return errors_; }

  void syntaxError(antlr4::Recognizer*, antlr4::Token* tok, size_t line,
                   size_t col, const std::string& msg,
                   std::exception_ptr) override {
    ++errors_;
    if (errors_ > max_errors_) throw TooManyErrors{};
    Span s{file_, static_cast<uint32_t>(line), static_cast<uint32_t>(col + 1),
           static_cast<uint32_t>(line), static_cast<uint32_t>(col + 2)};
    if (tok && tok->getType() != antlr4::Token::EOF) s = span(tok);
    std::string m = tidy(msg), help = help_for(msg);
    if (msg.rfind("token recognition error at: '\"", 0) == 0) {
      m = "unterminated string";
      help = "close the string with \" on the same line";
    } else if (msg.rfind("token recognition error at: '/*", 0) == 0) {
      m = "unclosed comment";
      help = "close the comment with */";
    }
    diags_.error("syntax", s, printable_message(m), help);
  }

  ast::File build(P::PolicyFileContext* root) {
    ast::File f;
    f.source = file_;
    for (auto* it : root->item()) item(it, f);
    return f;
  }

 private:
  // ---- spans ---------------------------------------------------------------
  Span span(antlr4::Token* t) const {
    if (!t) return {};
    auto line = static_cast<uint32_t>(t->getLine());
    auto col = static_cast<uint32_t>(t->getCharPositionInLine() + 1);
    // The input stream holds code points, so indexes count code points:
    // no need to convert the token's text back to UTF-8 to measure it.
    size_t start = t->getStartIndex(), stop = t->getStopIndex();
    uint32_t len = stop >= start && stop != INVALID_INDEX ? static_cast<uint32_t>(stop - start + 1) : 0;
    return {file_, line, col, line, col + (len ? len : 1)};
  }
  Span span(antlr4::ParserRuleContext* c) const {
    if (!c || !c->getStart()) return {};
    Span s = span(c->getStart());
    auto* stop = c->getStop();
    if (stop && stop->getTokenIndex() >= c->getStart()->getTokenIndex()) {
      Span e = span(stop);
      s.end_line = e.end_line;
      s.end_col = e.end_col;
    }
    return s;
  }
  Span span(antlr4::tree::TerminalNode* n) const {
    return n ? span(n->getSymbol()) : Span{};
  }

  // ---- tokens --------------------------------------------------------------
  static std::string tidy(std::string msg) {
    // ANTLR lists every token it could accept; past a handful that is noise.
    auto brace = msg.find(" expecting {");
    if (brace != std::string::npos) {
      size_t commas = std::count(msg.begin() + brace, msg.end(), ',');
      if (commas > 6) msg = msg.substr(0, brace);
    }
    return msg;
  }
  // Messages quote the input: keep them short, and show control and
  // non-UTF-8 bytes as escapes so the output stays readable text.
  static std::string printable_message(const std::string& msg) {
    std::string out;
    for (size_t i = 0; i < msg.size() && out.size() < 120; ++i) {
      auto c = static_cast<unsigned char>(msg[i]);
      if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c < 0x20 || c == 0x7f || c >= 0x80) {
        static const char* hex = "0123456789abcdef";
        // Whole valid UTF-8 sequences pass through.
        size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
        bool ok = len && i + len <= msg.size();
        for (size_t k = 1; ok && k < len; ++k)
          ok = (static_cast<unsigned char>(msg[i + k]) & 0xC0) == 0x80;
        if (ok && c >= 0x80) {
          out.append(msg, i, len);
          i += len - 1;
        } else {
          out += "\\x";
          out += hex[c >> 4];
          out += hex[c & 15];
        }
      } else {
        out += static_cast<char>(c);
      }
    }
    if (out.size() >= 120) out += "...";
    return out;
  }
  static std::string help_for(const std::string& msg) {
    if (msg.find("token recognition error") != std::string::npos)
      return "a policy holds names, numbers, \"strings\", punctuation and // comments";
    return {};
  }
  std::string text(antlr4::Token* t) const { return t ? t->getText() : ""; }
  std::string str(antlr4::Token* t) const { return t ? unquote(t->getText()) : ""; }
  static std::string unquote(const std::string& s) {
    if (s.size() < 2 || s.front() != '"') return s;
    std::string out;
    out.reserve(s.size());
    for (size_t i = 1; i + 1 < s.size(); ++i) {
      if (s[i] == '\\' && i + 2 < s.size()) {
        char c = s[++i];
        out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
      } else {
        out += s[i];
      }
    }
    return out;
  }
  ast::Name name(antlr4::Token* t) const { return {text(t), span(t)}; }
  ast::Name name(antlr4::tree::TerminalNode* n) const {
    return n ? name(n->getSymbol()) : ast::Name{};
  }
  ast::Name name(P::IdentContext* c) const {
    return c ? ast::Name{c->getText(), span(c)} : ast::Name{};
  }

  int64_t integer(P::IntLitContext* c) {
    if (!c || !c->INT()) return 0;
    std::string digits = c->INT()->getText();
    int64_t v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec == std::errc::result_out_of_range || p != digits.data() + digits.size()) {
      diags_.error("number-overflow", span(c),
                   "number `" + digits + "` is too large",
                   "numbers in a policy must fit in 64 bits; levels and ranges are small");
      return 0;
    }
    return c->children.size() > 1 ? -v : v;
  }

  // ---- items ---------------------------------------------------------------
  void item(P::ItemContext* c, ast::File& f) {
    // An item has one child; dispatch on its rule instead of asking for each
    // kind in turn (every accessor is a dynamic_cast over the children).
    if (c->children.empty()) return;
    auto* child = dynamic_cast<antlr4::ParserRuleContext*>(c->children[0]);
    if (!child) return;
    switch (child->getRuleIndex()) {
      case P::RuleLevelDecl: return f.levels.push_back(level(static_cast<P::LevelDeclContext*>(child)));
      case P::RuleBehaviorDecl:
        return f.behaviors.push_back(behavior(static_cast<P::BehaviorDeclContext*>(child)));
      case P::RuleAgreementDecl:
        return f.agreements.push_back(agreement(static_cast<P::AgreementDeclContext*>(child)));
      case P::RuleTestDecl: return f.tests.push_back(test(static_cast<P::TestDeclContext*>(child)));
      default: break;
    }
    if (auto* h = c->policyHeader()) return header(h, f);
    if (auto* i = c->importDecl()) {
      f.imports.push_back({str(i->path), span(i)});
      return;
    }
    if (auto* fb = c->factsBlock()) {
      for (auto* d : fb->factDecl()) f.facts.push_back(fact(d));
      return;
    }
    if (auto* r = c->responsesBlock()) {
      for (auto* d : r->responseDecl()) f.responses.push_back({name(d->name), str(d->label)});
      return;
    }
    if (auto* l = c->levelDecl()) return f.levels.push_back(level(l));
    if (auto* b = c->behaviorDecl()) return f.behaviors.push_back(behavior(b));
    if (auto* r = c->rolesBlock()) {
      for (auto* d : r->roleDecl()) f.roles.push_back({name(d->name), str(d->label)});
      return;
    }
    if (auto* e = c->escalationBlock()) {
      for (auto* ch : e->chain()) {
        auto ids = ch->ident();
        for (size_t i = 0; i + 1 < ids.size(); ++i)
          f.escalation.push_back({name(ids[i]), name(ids[i + 1])});
      }
      return;
    }
    if (auto* d = c->defineDecl()) {
      f.defines.push_back({name(d->name), expr(d->expr()), span(d)});
      return;
    }
    if (auto* a = c->agreementDecl()) return f.agreements.push_back(agreement(a));
    if (auto* t = c->testDecl()) return f.tests.push_back(test(t));
    if (auto* r = c->recognizeBlock()) {
      for (auto* rule : r->recognizeRule()) f.recognize.push_back(recognize(rule));
      return;
    }
    if (auto* x = c->contextDecl()) {
      f.contexts.push_back({str(x->path), span(x)});
      return;
    }
    if (auto* x = c->termsDecl()) {
      f.term_files.push_back({str(x->path), span(x)});
      return;
    }
  }

  void header(P::PolicyHeaderContext* c, ast::File& f) {
    ast::PolicyHeader h;
    h.id = str(c->name);
    h.span = span(c->name);
    for (auto* fld : c->headerField())
      h.fields.push_back({name(fld->key), str(fld->value), span(fld->value)});
    if (f.header) {
      diags_.error("duplicate-id", h.span, "a file has one `policy` header",
                   "merge the two headers");
      return;
    }
    f.header = std::move(h);
  }

  ast::Fact fact(P::FactDeclContext* c) {
    ast::Fact f;
    f.name = name(c->name);
    f.span = span(c);
    f.label = str(c->label);
    auto* t = c->factType();
    f.type.span = span(t);
    if (auto* i = as<P::IntTypeContext>(t)) {
      f.type.kind = ast::FactType::Kind::Int;
      f.type.lo = integer(i->lo);
      f.type.hi = integer(i->hi);
    } else if (auto* e = as<P::EnumTypeContext>(t)) {
      f.type.kind = ast::FactType::Kind::Enum;
      for (auto* id : e->ident()) f.type.values.push_back(name(id));
    }
    if (c->dflt) f.default_value = literal(c->dflt);
    if (c->asked) f.asked_when = expr(c->asked);
    return f;
  }

  ast::Level level(P::LevelDeclContext* c) {
    ast::Level l;
    l.number = integer(c->num);
    l.number_span = span(c->num);
    l.name = str(c->name);
    l.span = span(c);
    for (auto* fld : c->levelField()) {
      if (auto* r = as<P::LevelResponsesContext>(fld)) {
        l.min_response = name(r->lo);
        l.max_response = name(r->hi);
        l.responses_span = span(r);
      } else if (auto* n = as<P::LevelNoteContext>(fld)) {
        l.notes.push_back({name(n->key), str(n->value), span(n->value)});
      }
    }
    return l;
  }

  ast::Behavior behavior(P::BehaviorDeclContext* c) {
    ast::Behavior b;
    b.name = name(c->name);
    b.label = str(c->label);
    b.extends = c->ext != nullptr;
    b.span = span(c);
    for (auto* it : c->behaviorItem()) {
      if (auto* l = as<P::BehaviorLevelContext>(it)) {
        ast::ConditionalLevel cl{integer(l->num), span(l->num), std::nullopt};
        if (l->cond) cl.when = expr(l->cond);
        b.levels.push_back(std::move(cl));
      } else if (auto* t = as<P::BehaviorTermsContext>(it)) {
        for (auto* s : t->STRING()) b.terms.push_back({unquote(s->getText()), span(s)});
      } else if (auto* i = as<P::BehaviorImpliesContext>(it)) {
        for (auto* a : i->assignment()) b.implies.push_back(assignment(a));
      } else if (auto* n = as<P::BehaviorIncludesContext>(it)) {
        for (auto* x : n->ident()) {
          b.includes.push_back(name(x));
          b.include_anywhere.push_back(n->wide != nullptr);
        }
      } else if (auto* r = as<P::BehaviorRepeatsContext>(it)) {
        for (auto* x : r->ident()) b.repeats.push_back(name(x));
      } else if (auto* cb = as<P::BehaviorCombinesContext>(it)) {
        b.combines = name(cb->base);
        auto names = cb->ident();
        for (size_t i = 1; i < names.size(); ++i) b.combines_with.push_back(name(names[i]));
      }
    }
    return b;
  }

  ast::RecognizeRule recognize(P::RecognizeRuleContext* c) {
    ast::RecognizeRule r;
    r.span = span(c);
    if (auto* v = as<P::RecognizeValueContext>(c)) {
      r.value = assignment(v->assignment());
      for (auto* s : v->STRING()) r.terms.push_back({unquote(s->getText()), span(s)});
    } else if (auto* x = as<P::RecognizeExtractorContext>(c)) {
      r.fact = name(x->fact);
      r.extractor = name(x->extractor);
      auto names = x->ident();
      for (size_t i = 2; i < names.size(); ++i) r.behaviors.push_back(name(names[i]));
    }
    return r;
  }

  ast::Agreement agreement(P::AgreementDeclContext* c) {
    ast::Agreement a;
    a.name = str(c->name);
    a.span = span(c);
    for (auto* it : c->agreementItem()) {
      if (auto* s = as<P::AgreementSourceContext>(it)) {
        (text(s->key) == "url" ? a.url : a.document) = str(s->value);
      } else if (auto* cl = as<P::AgreementClauseContext>(it)) {
        a.clauses.push_back(clause(cl->clauseDecl()));
      }
    }
    return a;
  }

  ast::ClauseNumber clause_number(P::ClauseNumContext* c) {
    if (!c) return {};
    std::string t = c->getText();
    return {c->STRING() ? unquote(t) : t, span(c)};
  }

  ast::Clause clause(P::ClauseDeclContext* c) {
    ast::Clause cl;
    cl.number = clause_number(c->num);
    cl.title = str(c->title);
    cl.span = span(c);
    for (auto* it : c->clauseItem()) {
      if (auto* p = as<P::ClauseProseContext>(it)) {
        if (cl.mode != ast::Clause::Mode::None)
          diags_.error("duplicate-id", span(p->style),
                       "clause " + cl.number.text + " already has its prose",
                       "give one `quote` or one `paraphrase`; split two passages into two clauses");
        cl.mode = text(p->style) == "quote" ? ast::Clause::Mode::Quote
                                           : ast::Clause::Mode::Paraphrase;
        cl.prose = str(p->text);
        cl.prose_span = span(p->text);
      } else if (auto* s = as<P::ClauseSourceContext>(it)) {
        std::string k = text(s->key);
        (k == "document" ? cl.document : k == "section" ? cl.section : cl.url) =
            str(s->value);
      } else if (auto* k = as<P::ClauseKindsContext>(it)) {
        for (auto* id : k->KIND()) cl.kinds.push_back(name(id));
      } else if (auto* r = as<P::ClauseRuleContext>(it)) {
        cl.rules.push_back(rule(r->ruleDecl()));
      }
    }
    return cl;
  }

  ast::SroAction sro_action(P::SroActionContext* c) {
    return {name(c->action), span(c)};
  }
  ast::Duty duty(P::DutyContext* c) {
    ast::Duty d{name(c->name), std::nullopt, span(c)};
    if (c->role) d.role = name(c->role);
    return d;
  }

  ast::Rule rule(P::RuleDeclContext* c) {
    ast::Rule r;
    r.span = span(c);
    std::vector<P::ConditionContext*> conds;
    if (auto* e = as<P::EffectRuleContext>(c)) {
      r.effect = text(e->effect) == "forbid" ? ast::Rule::Effect::Forbid
                                             : ast::Rule::Effect::Permit;
      for (auto* a : e->sroAction()) r.actions.push_back(sro_action(a));
      conds = e->condition();
    } else if (auto* q = as<P::RequireRuleContext>(c)) {
      r.effect = ast::Rule::Effect::Require;
      for (auto* d : q->duty()) r.duties.push_back(duty(d));
      conds = q->condition();
    }
    for (auto* k : conds)
      r.conditions.push_back({text(k->kw) == "unless", expr(k->expr())});
    return r;
  }

  ast::Test test(P::TestDeclContext* c) {
    ast::Test t;
    t.name = str(c->name);
    t.span = span(c);
    for (auto* it : c->testItem()) {
      if (auto* b = as<P::TestBehaviorsContext>(it)) {
        for (auto* id : b->ident()) t.behaviors.push_back(name(id));
      } else if (auto* g = as<P::TestGivenContext>(it)) {
        for (auto* a : g->assignment()) t.given.push_back(assignment(a));
      } else if (auto* d = as<P::TestDescriptionContext>(it)) {
        t.description = str(d->text);
        t.description_span = span(d->text);
      } else if (auto* k = as<P::TestChecksContext>(it)) {
        for (auto* n : k->clauseNum()) t.checks.push_back(clause_number(n));
      } else if (auto* e = as<P::TestExpectContext>(it)) {
        t.expects.push_back(expectation(e->expectation()));
      }
    }
    return t;
  }

  ast::Expectation expectation(P::ExpectationContext* c) {
    using K = ast::Expectation::Kind;
    ast::Expectation e{K::Outcome, {}, std::nullopt, {}, {}, {}, span(c)};
    if (auto* o = as<P::ExpectOutcomeContext>(c)) {
      e.value = name(o->value);
    } else if (auto* l = as<P::ExpectLevelContext>(c)) {
      e.kind = K::Level;
      if (l->num) e.level = integer(l->num);
      else if (l->none && l->none->getText() != "none")
        diags_.error("syntax", span(l->none), "expected a level number or `none`");
    } else if (auto* a = as<P::ExpectActionsContext>(c)) {
      e.kind = text(a->kind) == "permitted" ? K::Permitted : K::Forbidden;
      for (auto* s : a->sroAction()) e.actions.push_back(sro_action(s));
    } else if (auto* r = as<P::ExpectRequiredContext>(c)) {
      e.kind = K::Required;
      for (auto* d : r->duty()) e.duties.push_back(duty(d));
    } else if (auto* k = as<P::ExpectClausesContext>(c)) {
      e.kind = K::Clauses;
      for (auto* n : k->clauseNum()) e.clauses.push_back(clause_number(n));
    }
    return e;
  }

  ast::Assignment assignment(P::AssignmentContext* c) {
    return {name(c->name), literal(c->value), span(c)};
  }

  ast::Literal literal(P::LiteralContext* c) {
    ast::Literal l;
    l.span = span(c);
    if (c->intLit()) {
      l.int_value = integer(c->intLit());
    } else if (c->ident()) {
      l.kind = ast::Literal::Kind::Name;
      l.name = c->ident()->getText();
    } else {
      l.kind = ast::Literal::Kind::Bool;
      l.bool_value = c->getText() == "true";
    }
    return l;
  }

  // ---- expressions ---------------------------------------------------------
  ast::Expr expr(P::ExprContext* c) {
    auto ands = c->andExpr();
    if (ands.size() == 1) return and_expr(ands[0]);
    ast::Expr e;
    e.kind = ast::Expr::Kind::Or;
    e.span = span(c);
    for (auto* a : ands) e.kids.push_back(and_expr(a));
    return e;
  }
  ast::Expr and_expr(P::AndExprContext* c) {
    auto nots = c->notExpr();
    if (nots.size() == 1) return not_expr(nots[0]);
    ast::Expr e;
    e.kind = ast::Expr::Kind::And;
    e.span = span(c);
    for (auto* n : nots) e.kids.push_back(not_expr(n));
    return e;
  }
  ast::Expr not_expr(P::NotExprContext* c) {
    ast::Expr inner = cmp_expr(c->cmpExpr());
    // `not not x` is x; keep one Not at most so depth stays bounded.
    if (c->nots.size() % 2 == 0) return inner;
    ast::Expr e;
    e.kind = ast::Expr::Kind::Not;
    e.span = span(c);
    e.kids.push_back(std::move(inner));
    return e;
  }
  ast::Expr cmp_expr(P::CmpExprContext* c) {
    ast::Expr e;
    e.span = span(c);
    if (auto* m = as<P::MemberContext>(c)) {
      e.kind = ast::Expr::Kind::Member;
      e.negated = m->neg != nullptr;
      e.kids.push_back(primary(m->lhs));
      for (auto* l : m->literal()) e.set.push_back(literal(l));
      return e;
    }
    auto* cmp = as<P::CompareContext>(c);
    if (!cmp->op) return primary(cmp->lhs);
    e.kind = ast::Expr::Kind::Compare;
    static const std::pair<const char*, ast::Expr::Op> ops[] = {
        {"==", ast::Expr::Op::Eq}, {"!=", ast::Expr::Op::Ne},
        {"<", ast::Expr::Op::Lt},  {"<=", ast::Expr::Op::Le},
        {">", ast::Expr::Op::Gt},  {">=", ast::Expr::Op::Ge}};
    for (auto& [t, o] : ops)
      if (cmp->op->getText() == t) e.op = o;
    e.kids.push_back(primary(cmp->lhs));
    e.kids.push_back(primary(cmp->rhs));
    return e;
  }
  ast::Expr primary(P::PrimaryContext* c) {
    ast::Expr e;
    e.span = span(c);
    if (auto* p = as<P::ParenContext>(c)) {
      ast::Expr inner = expr(p->expr());
      return inner;
    }
    if (as<P::LevelRefContext>(c)) {
      e.kind = ast::Expr::Kind::Level;
    } else if (auto* n = as<P::NameRefContext>(c)) {
      e.kind = ast::Expr::Kind::Ref;
      e.name = n->ident()->getText();
    } else if (auto* i = as<P::IntRefContext>(c)) {
      e.kind = ast::Expr::Kind::Int;
      e.int_value = integer(i->intLit());
    } else {
      e.kind = ast::Expr::Kind::Bool;
      e.bool_value = c->getText() == "true";
    }
    return e;
  }

  uint32_t file_;
  Diagnostics& diags_;
  int max_errors_;
  int errors_ = 0;
};

// Parentheses and braces are the only nesting; a runaway input would
// overflow the recursive-descent parser's stack, so refuse it up front.
bool nesting_ok(antlr4::CommonTokenStream& tokens, const Utf8InputStream& input, uint32_t file,
                int limit, Diagnostics& diags) {
  int depth = 0;
  for (auto* t : tokens.getTokens()) {
    // Brackets are one-character tokens: read the character, not the text.
    if (t->getStartIndex() != t->getStopIndex() || t->getType() == antlr4::Token::EOF) continue;
    char32_t ch = input.at(t->getStartIndex());
    if (ch == U'(' || ch == U'{') {
      if (++depth > limit) {
        uint32_t line = static_cast<uint32_t>(t->getLine());
        uint32_t col = static_cast<uint32_t>(t->getCharPositionInLine() + 1);
        diags.error("nesting-too-deep", {file, line, col, line, col + 1},
                    "nesting is deeper than " + std::to_string(limit) + " levels",
                    "name part of the condition with `define` and refer to it");
        return false;
      }
    } else if (ch == U')' || ch == U'}') {
      if (depth > 0) --depth;
    }
  }
  return true;
}

}  // namespace

std::optional<ast::File> parse_file(const SourceSet& sources, uint32_t source,
                                    Diagnostics& diags,
                                    const ParseOptions& options) {
  const SourceFile* sf = sources.get(source);
  if (!sf) return std::nullopt;
  Span whole{source, 1, 1, 1, 2};
  if (sf->text.size() > options.max_bytes) {
    // A whole-file problem: no position to point at.
    auto& d = diags.error("file-too-large", {},
                "file is " + std::to_string(sf->text.size()) +
                    " bytes; a policy file may be at most " +
                    std::to_string(options.max_bytes) + " bytes",
                "split the policy into files joined with `import`");
    d.path = sf->path;
    return std::nullopt;
  }
  if (auto bad = first_invalid_utf8(sf->text)) {
    uint32_t line = 1, col = 1;
    locate_byte(sf->text, *bad, line, col);
    diags.error("invalid-utf8", {source, line, col, line, col + 1},
                "invalid UTF-8 at byte " + std::to_string(*bad),
                "save the file as UTF-8");
    return std::nullopt;
  }
  size_t before = diags.error_count();
  AstBuilder builder(source, diags, options.max_errors);
  try {
    Utf8InputStream input(sf->text);
    policygen::PolicyLexer lexer(&input);
    lexer.removeErrorListeners();
    lexer.addErrorListener(&builder);
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    if (!nesting_ok(tokens, input, source, options.max_nesting, diags)) return std::nullopt;
    P parser(&tokens);
    parser.removeErrorListeners();
    // Two-stage parsing: the fast SLL prediction with bail-out first, which
    // decides every valid policy; only a file it rejects is parsed again
    // with full LL and error recovery, to report every error it has.
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    P::PolicyFileContext* tree = nullptr;
    try {
      tree = parser.policyFile();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    if (!tree) {
      tokens.seek(0);
      parser.reset();
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
          antlr4::atn::PredictionMode::LL);
      parser.addErrorListener(&builder);
      tree = parser.policyFile();
    }
    if (builder.errors() > 0) return std::nullopt;
    ast::File f = builder.build(tree);
    if (diags.error_count() > before) return std::nullopt;
    return f;
  } catch (const TooManyErrors&) {
    auto& d = diags.error("syntax", {},
                          "too many syntax errors; stopped after " +
                              std::to_string(options.max_errors),
                          "is this a policy file?");
    d.path = sf->path;
  } catch (const std::exception& e) {
    diags.error("syntax", whole, std::string("cannot parse: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace guidepost
