#include "read/term_pattern.h"

namespace guidepost::read {

namespace {

// A term is a sequence of parts: plain text, or a group of alternatives.
struct Part {
  std::vector<std::string> choices;  // one choice: plain text
};

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

bool parse_term(std::string_view term, std::vector<std::vector<std::string>>& out,
                TermPatternError& err) {
  out.clear();
  // Most terms are plain phrases.
  if (!has_pattern_syntax(term)) {
    if (!blank(term)) out.push_back({std::string(term)});
    return true;
  }
  std::vector<Part> parts;
  std::string plain;
  size_t total = 1;
  for (size_t i = 0; i < term.size();) {
    char c = term[i];
    if (c == ')') {
      err = {i, "`)` without its `(`", "a group is written (one|two|three)"};
      return false;
    }
    if (c == '|') {
      err = {i, "`|` outside a group", "put the alternatives in parentheses: (one|two)"};
      return false;
    }
    if (c != '(') {
      plain += c;
      ++i;
      continue;
    }
    size_t close = term.find_first_of("()", i + 1);
    if (close == std::string_view::npos || term[close] == '(') {
      err = {i, close == std::string_view::npos ? "`(` without its `)`" : "a group inside a group",
             "a group is a flat list of alternatives: (one|two|three)"};
      return false;
    }
    Part g;
    std::string_view inner = term.substr(i + 1, close - i - 1);
    for (size_t from = 0;;) {
      size_t bar = inner.find('|', from);
      std::string_view alt = inner.substr(from, bar == std::string_view::npos ? bar : bar - from);
      if (blank(alt) || alt.find(kWideGap) != std::string_view::npos) {
        err = {i + 1 + from, blank(alt) ? "empty alternative in a group" : "`...` inside a group",
               "every alternative is one or more words"};
        return false;
      }
      g.choices.emplace_back(alt);
      if (bar == std::string_view::npos) break;
      from = bar + 1;
    }
    if (!plain.empty()) parts.push_back({{std::move(plain)}});
    plain.clear();
    total *= g.choices.size();
    if (total > kMaxExpansions) {
      err = {i, "the term stands for more than " + std::to_string(kMaxExpansions) + " phrases",
             "split it into several lines"};
      return false;
    }
    parts.push_back(std::move(g));
    i = close + 1;
  }
  if (!plain.empty()) parts.push_back({{std::move(plain)}});
  // A gap must sit between words: "... sold" would match from anywhere.
  std::string_view t = term;
  size_t first = t.find_first_not_of(" \t"), last = t.find_last_not_of(" \t");
  bool leads = first != std::string_view::npos && t.substr(first).starts_with(kWideGap);
  bool trails = last != std::string_view::npos && t.substr(0, last + 1).ends_with(kWideGap);
  if (leads || trails) {
    err = {leads ? first : last + 1 - kWideGap.size(), "`...` at the edge of a term",
           "`...` goes between two words: sold ... pills"};
    return false;
  }
  // Plain text is split at its gaps.
  for (auto& p : parts) {
    if (p.choices.size() > 1) {
      out.push_back(std::move(p.choices));
      continue;
    }
    std::string_view text = p.choices.front();
    for (size_t from = 0;;) {
      size_t gap = text.find(kWideGap, from);
      std::string_view piece = text.substr(from, gap == std::string_view::npos ? gap : gap - from);
      if (!blank(piece)) {
        size_t b = piece.find_first_not_of(" \t"), e = piece.find_last_not_of(" \t");
        out.push_back({std::string(piece.substr(b, e - b + 1))});
      }
      if (gap == std::string_view::npos) break;
      out.push_back({std::string(kWideGap)});
      from = gap + kWideGap.size();
    }
  }
  return true;
}

bool expand_term(std::string_view term, std::vector<std::string>& out, TermPatternError& err) {
  std::vector<std::vector<std::string>> parts;
  out.clear();
  if (!parse_term(term, parts, err)) return false;
  out.emplace_back();
  for (auto& p : parts) {
    std::vector<std::string> next;
    next.reserve(out.size() * p.size());
    for (auto& prefix : out)
      for (auto& c : p) next.push_back(prefix.empty() ? c : prefix + " " + c);
    out = std::move(next);
  }
  return true;
}

}  // namespace guidepost::read
