// The canonical layout (docs/format.md). A token-stream formatter: the file
// is lexed with the comments (hidden channel) and re-emitted with canonical
// spacing, line breaks and indentation. The parse tree is read only to mark
// where lines start and which braces open blocks; the tokens and comments
// themselves are copied, so only whitespace can change. Inside a statement a
// line break is kept where the source has one (a continuation line) and never
// added, so the layout depends only on where the source breaks, and formatting
// is idempotent. Like parse/parser.cpp
// this file sees ANTLR; nothing outside the parse boundary does.
#include <antlr4-runtime.h>

#include <cstdint>
#include <vector>

#include "PolicyLexer.h"
#include "PolicyParser.h"
#include "guidepost/format.h"

namespace guidepost {
namespace {

using P = policygen::PolicyParser;
using L = policygen::PolicyLexer;

// What the tree says about a token (by token index).
enum : uint8_t {
  kLineStart = 1,    // starts an item, field, rule, expectation, ...
  kItemStart = 2,    // starts a top-level item
  kBlockOpen = 4,    // `{` of a block (not of `enum { }` or `in { }`)
  kBlockClose = 8,   // its `}`
  kTightBefore = 16, // no space before it: the `(` of notify(parent)
  kHeader = 32,      // after the first token of a block's opening line, up to
                     // its `{`: a line break before it is not kept
  kListOpen = 64,    // `{` of a value list kept inline (`enum { }`, `in { }`)
  kListClose = 128   // its `}`
};

// A context whose first token starts a line.
bool starts_line(antlr4::ParserRuleContext* c) {
  return dynamic_cast<P::HeaderFieldContext*>(c) || dynamic_cast<P::FactDeclContext*>(c) ||
         dynamic_cast<P::ResponseDeclContext*>(c) || dynamic_cast<P::LevelFieldContext*>(c) ||
         dynamic_cast<P::BehaviorItemContext*>(c) || dynamic_cast<P::RoleDeclContext*>(c) ||
         dynamic_cast<P::ChainContext*>(c) || dynamic_cast<P::RecognizeRuleContext*>(c) ||
         dynamic_cast<P::AgreementItemContext*>(c) || dynamic_cast<P::ClauseItemContext*>(c) ||
         dynamic_cast<P::TestItemContext*>(c);
}

// A context whose braces delimit a block of lines.
bool is_block(antlr4::ParserRuleContext* c) {
  return dynamic_cast<P::PolicyHeaderContext*>(c) || dynamic_cast<P::FactsBlockContext*>(c) ||
         dynamic_cast<P::ResponsesBlockContext*>(c) || dynamic_cast<P::LevelDeclContext*>(c) ||
         dynamic_cast<P::BehaviorDeclContext*>(c) || dynamic_cast<P::RolesBlockContext*>(c) ||
         dynamic_cast<P::EscalationBlockContext*>(c) ||
         dynamic_cast<P::RecognizeBlockContext*>(c) ||
         dynamic_cast<P::AgreementDeclContext*>(c) || dynamic_cast<P::ClauseDeclContext*>(c) ||
         dynamic_cast<P::TestDeclContext*>(c);
}

bool is_comment(const antlr4::Token* t) {
  return t->getType() == L::LINE_COMMENT || t->getType() == L::BLOCK_COMMENT;
}

// `enum { ... }` and `in { ... }` stay on one line, unless a `//` comment
// inside them ends a line: then they are laid out as a block, one value per
// line, so that each comment stays with its value.
void mark_list(antlr4::ParserRuleContext* c, const std::vector<antlr4::Token*>& toks,
               std::vector<uint8_t>& f) {
  antlr4::Token *open = nullptr, *close = nullptr;
  std::vector<antlr4::Token*> starts;
  for (auto* kid : c->children) {
    if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(kid)) {
      std::string s = term->getSymbol()->getText();
      if (s == "{") open = term->getSymbol();
      else if (s == "}") close = term->getSymbol();
      else if (open && !close && s != ",") starts.push_back(term->getSymbol());
    } else if (auto* rc = dynamic_cast<antlr4::ParserRuleContext*>(kid); rc && open && !close) {
      starts.push_back(rc->getStart());
    }
  }
  if (!open || !close) return;
  bool line_comment = false;
  for (size_t k = open->getTokenIndex(); k < close->getTokenIndex() && k < toks.size(); ++k)
    if (toks[k]->getType() == L::LINE_COMMENT) line_comment = true;
  if (!line_comment) {
    f[open->getTokenIndex()] |= kListOpen;
    f[close->getTokenIndex()] |= kListClose;
    return;
  }
  f[open->getTokenIndex()] |= kBlockOpen;
  f[close->getTokenIndex()] |= kBlockClose;
  for (auto* t : starts) f[t->getTokenIndex()] |= kLineStart;
}

// Walks the tree (with an explicit stack: expressions may nest deeply).
std::vector<uint8_t> mark(antlr4::tree::ParseTree* root, const std::vector<antlr4::Token*>& toks) {
  size_t ntokens = toks.size();
  std::vector<uint8_t> f(ntokens, 0);
  auto set = [&](antlr4::Token* t, uint8_t bits) {
    if (t && t->getTokenIndex() < f.size()) f[t->getTokenIndex()] |= bits;
  };
  std::vector<antlr4::tree::ParseTree*> stack{root};
  while (!stack.empty()) {
    auto* node = stack.back();
    stack.pop_back();
    auto* c = dynamic_cast<antlr4::ParserRuleContext*>(node);
    if (!c) continue;
    if (dynamic_cast<P::EnumTypeContext*>(c) || dynamic_cast<P::MemberContext*>(c))
      mark_list(c, toks, f);
    if (dynamic_cast<P::ItemContext*>(c)) set(c->getStart(), kLineStart | kItemStart);
    else if (starts_line(c)) set(c->getStart(), kLineStart);
    bool block = is_block(c), duty = dynamic_cast<P::DutyContext*>(c) != nullptr;
    for (auto* kid : c->children) {
      if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(kid)) {
        std::string s = term->getSymbol()->getText();
        if (block && s == "{") {
          set(term->getSymbol(), kBlockOpen);
          // The opening line of a block is joined: `level 3 "Name" {`.
          for (size_t k = c->getStart()->getTokenIndex() + 1;
               k <= term->getSymbol()->getTokenIndex() && k < f.size(); ++k)
            f[k] |= kHeader;
        }
        if (block && s == "}") set(term->getSymbol(), kBlockClose);
        if (duty && s == "(") set(term->getSymbol(), kTightBefore);
      } else {
        stack.push_back(kid);
      }
    }
  }
  return f;
}

size_t newlines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

// A comment's text as written: CRs and trailing blanks of its lines dropped.
std::string comment_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\r') continue;
    if (c == '\n')
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    out += c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

// Whether one space separates two tokens on a line.
bool space_between(const std::string& prev, bool prev_is_comment, const std::string& next,
                   uint8_t next_flags) {
  if (next == "," || next == ":" || next == ")" || next == ".") return false;
  if (prev_is_comment) return true;
  if (prev == "(" || prev == "." || prev == "-") return false;  // `-` only in -5
  if (next_flags & kTightBefore) return false;
  return true;
}

class Emitter {
 public:
  // Ends the current line and starts another at `indent` levels, after a
  // blank line if `blank`. At the top of the file there is nothing to end.
  void start_line(int indent, bool blank) {
    if (!empty_) {
      out_ += line_;
      out_ += '\n';
      if (blank) out_ += '\n';
    }
    indent_ = std::max(indent, 0);
    line_.assign(static_cast<size_t>(indent_) * 2, ' ');
    at_start_ = true;
    has_code_ = false;
  }
  void put(const std::string& text, bool space, bool code) {
    if (!at_start_ && space) line_ += ' ';
    line_ += text;
    at_start_ = false;
    empty_ = false;
    if (code) has_code_ = true;
  }
  bool line_has_code() const { return has_code_; }
  int indent() const { return indent_; }
  bool empty() const { return empty_; }
  std::string finish() {
    if (!empty_) {
      out_ += line_;
      out_ += '\n';
    }
    // No trailing blanks on any line (block comments included).
    std::string res;
    res.reserve(out_.size());
    for (char c : out_) {
      if (c == '\n')
        while (!res.empty() && (res.back() == ' ' || res.back() == '\t')) res.pop_back();
      res += c;
    }
    return res;
  }

 private:
  std::string out_, line_;
  int indent_ = 0;
  bool empty_ = true;     // nothing emitted yet
  bool at_start_ = true;  // the current line holds only its indentation
  bool has_code_ = false; // the current line holds a token (not just comments)
};

std::string layout(const std::vector<antlr4::Token*>& toks, const std::vector<uint8_t>& flags) {
  Emitter em;
  int depth = 0;               // indentation of a line that starts a statement
  std::vector<int> outer;      // depth outside each open block
  bool pending_break = false;  // the next token starts a new line
  bool just_opened = false;    // no line started since the last block `{`
  size_t prev_end = 0;         // source line where the last element ended
  std::string prev_text;       // the last token or comment on the line
  bool prev_is_comment = false;
  bool prev_line_comment = false;  // the last element is a `//` comment
  long prev_sig = -1;          // index of the last token emitted
  // Indentation of the line holding the `{` of each open inline value list.
  std::vector<int> lists;
  // A continuation line: one step in from the statement's first line, or
  // from the line with the `{` inside an inline value list.
  auto cont = [&] { return lists.empty() ? depth + 1 : lists.back() + 1; };
  size_t i = 0;
  while (i < toks.size()) {
    size_t j = i;
    while (j < toks.size() && is_comment(toks[j])) ++j;
    antlr4::Token* t = j < toks.size() ? toks[j] : nullptr;
    bool eof = !t || t->getType() == antlr4::Token::EOF;
    uint8_t f = eof ? 0 : flags[j];
    bool close = f & kBlockClose;
    bool boundary = eof || (f & (kLineStart | kBlockClose));
    bool empty_block = close && j == i && prev_sig >= 0 && (flags[prev_sig] & kBlockOpen);
    // Own-line comments before a token take the indentation of its line; in
    // the middle of a statement, the continuation indentation.
    int comment_indent = boundary ? depth : cont();
    bool group_start = true;  // no own-line element yet before `t`

    for (size_t k = i; k < j; ++k) {
      antlr4::Token* c = toks[k];
      size_t line = c->getLine(), end = line + newlines(c->getText());
      bool own = line > prev_end || em.empty();
      if (own) {
        bool blank = false;
        if (boundary && !just_opened) {
          if (group_start && (f & kItemStart)) blank = true;
          else if (prev_end && line >= prev_end + 2) blank = true;
        }
        em.start_line(comment_indent, blank);
        group_start = false;
        just_opened = false;
        pending_break = false;
      }
      em.put(comment_text(c->getText()), true, false);
      prev_is_comment = true;
      prev_line_comment = c->getType() == L::LINE_COMMENT;
      if (c->getType() == L::LINE_COMMENT) {
        pending_break = true;
      } else {
        antlr4::Token* next = k + 1 < toks.size() ? toks[k + 1] : nullptr;
        if (next && next->getType() != antlr4::Token::EOF && next->getLine() > end)
          pending_break = true;
      }
      prev_end = end;
    }
    if (eof) break;

    int indent = (f & kLineStart) ? depth : cont();
    if (f & kListClose) indent = lists.empty() ? depth : lists.back();
    if (close) {
      indent = depth - 1;
      depth = outer.empty() ? 0 : outer.back();
      if (!outer.empty()) outer.pop_back();
    }
    // Inside a statement, a line break in the source is kept (not inside a
    // block's opening line, which is joined). A break just before a `,` goes
    // after it instead, so the comma ends the line, unless that line ends in
    // a `//` comment or holds no code.
    bool source_break = !em.empty() && t->getLine() > prev_end && !(f & kHeader);
    bool comma_up = (source_break || pending_break) && !boundary && t->getText() == "," &&
                    em.line_has_code() && !prev_line_comment;
    bool brk = !empty_block && !comma_up &&
               (pending_break || source_break || (boundary && em.line_has_code()));
    if (brk) {
      bool blank = false;
      if (boundary && !close && !just_opened) {
        if (group_start && (f & kItemStart)) blank = true;
        else if (prev_end && t->getLine() >= prev_end + 2) blank = true;
      }
      em.start_line(indent, blank);
      just_opened = false;
      em.put(t->getText(), false, true);
    } else {
      bool space = !empty_block && space_between(prev_text, prev_is_comment, t->getText(), f);
      if (em.empty()) em.start_line(boundary ? depth : depth + 1, false);
      em.put(t->getText(), space, true);
    }
    pending_break = comma_up;
    if (f & kListOpen) lists.push_back(em.indent());
    if ((f & kListClose) && !lists.empty()) lists.pop_back();
    if (close) just_opened = false;
    if (f & kBlockOpen) {
      // Lines inside a block are indented one step from the line with its `{`.
      outer.push_back(depth);
      depth = em.indent() + 1;
      pending_break = true;
      just_opened = true;
    }
    prev_text = t->getText();
    prev_is_comment = false;
    prev_line_comment = false;
    prev_sig = static_cast<long>(j);
    prev_end = t->getLine();
    i = j + 1;
  }
  return em.finish();
}

// Every token, comments included, in order.
struct Lexed {
  antlr4::ANTLRInputStream input;
  L lexer;
  antlr4::CommonTokenStream tokens;
  explicit Lexed(const std::string& text) : input(text), lexer(&input), tokens(&lexer) {
    lexer.removeErrorListeners();
    tokens.fill();
  }
};

// The guarantee: the output has the same tokens and comments as the input.
bool same_tokens(const std::vector<antlr4::Token*>& a, const std::string& text) {
  Lexed b(text);
  const auto& bt = b.tokens.getTokens();
  if (a.size() != bt.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (a[k]->getType() != bt[k]->getType()) return false;
    std::string x = a[k]->getText(), y = bt[k]->getText();
    if (is_comment(a[k])) x = comment_text(x), y = comment_text(y);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

FormatResult format_policy(const std::string& name, const std::string& text,
                           const ParseOptions& options) {
  FormatResult r;
  r.text = text;
  auto sf = std::make_unique<SourceFile>();
  sf->path = name;
  sf->canonical = name;
  sf->text = text;
  sf->index_lines();
  uint32_t id = r.sources->add(std::move(sf));
  // The parse stage's own checks and messages (UTF-8, size, nesting, syntax).
  if (!parse_file(*r.sources, id, r.diags, options)) {
    if (!r.diags.has_errors())
      r.diags.error("syntax", {id, 1, 1, 1, 2}, "cannot parse this file");
    return r;
  }
  try {
    Lexed lx(text);
    policygen::PolicyParser parser(&lx.tokens);
    parser.removeErrorListeners();
    auto* tree = parser.policyFile();
    if (parser.getNumberOfSyntaxErrors() > 0) {
      r.diags.error("syntax", {id, 1, 1, 1, 2}, "cannot parse this file");
      return r;
    }
    const auto& toks = lx.tokens.getTokens();
    std::string out = layout(toks, mark(tree, toks));
    if (!same_tokens(toks, out)) {
      r.diags.error("internal", {id, 1, 1, 1, 2},
                    "formatting would change the file's tokens; left unchanged",
                    "please report this file");
      return r;
    }
    r.ok = true;
    r.changed = out != text;
    r.text = std::move(out);
  } catch (const std::exception& e) {
    r.diags.error("internal", {id, 1, 1, 1, 2}, std::string("cannot format: ") + e.what());
  }
  return r;
}

}  // namespace guidepost
