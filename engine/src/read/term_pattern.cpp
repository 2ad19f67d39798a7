#include "read/term_pattern.h"

#include <algorithm>
#include <cstddef>
#include <cctype>

namespace guidepost::read {

namespace {

// A term is a sequence of parts: plain text, or a group of alternatives,
// each a view into the term. A policy has hundreds of patterns, checked at
// every load: the choices of all parts sit in one reused array.
struct Part {
  size_t first = 0, count = 0;  // its choices: all[first, first + count)
};

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// Whether some character could be part of a word ("!" or "-" alone is
// not; "$" is, as the reader reads it).
bool has_word(std::string_view s) {
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80 || c == '$') return true;
  return false;
}

size_t word_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i < s.size()) ++n;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
  }
  return n;
}

}  // namespace

namespace {

// parse_term, and check_term with no `out`.
bool parse(std::string_view term, TermPatternError& err, std::vector<std::vector<std::string_view>>* out) {
  if (out) out->clear();
  // Most terms are plain phrases.
  if (!has_pattern_syntax(term)) {
    if (out && !blank(term)) out->push_back({term});
    return true;
  }
  thread_local std::vector<Part> parts;
  thread_local std::vector<std::string_view> all;
  parts.clear();
  all.clear();
  auto add_plain = [&](std::string_view text) {
    parts.push_back({all.size(), 1});
    all.push_back(text);
  };
  // The plain text since the last group: term[plain_from, i).
  size_t plain_from = 0;
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
      ++i;
      continue;
    }
    size_t close = term.find_first_of("()", i + 1);
    if (close == std::string_view::npos || term[close] == '(') {
      err = {i, close == std::string_view::npos ? "`(` without its `)`" : "a group inside a group",
             "a group is a flat list of alternatives: (one|two|three)"};
      return false;
    }
    // A group stands apart from the words around it: "un(safe|kind)" would
    // silently read as "un safe".
    auto joins = [&](size_t at) {
      return at < term.size() && term[at] != ' ' && term[at] != '\t' && term[at] != '(' && term[at] != ')';
    };
    if ((i > 0 && joins(i - 1)) || joins(close + 1)) {
      err = {i > 0 && joins(i - 1) ? i : close, "a group joined to a word",
             "put a space between a group and the words around it: (un|not) safe"};
      return false;
    }
    Part g{all.size(), 0};
    std::string_view inner = term.substr(i + 1, close - i - 1);
    for (size_t from = 0;;) {
      size_t bar = inner.find('|', from);
      std::string_view alt = inner.substr(from, bar == std::string_view::npos ? bar : bar - from);
      if (!has_word(alt) || alt.find(kWideGap) != std::string_view::npos) {
        err = {i + 1 + from,
               alt.find(kWideGap) != std::string_view::npos ? "`...` inside a group"
                                                            : "an alternative with no words in a group",
               "every alternative is one or more words"};
        return false;
      }
      all.push_back(alt);
      ++g.count;
      if (bar == std::string_view::npos) break;
      from = bar + 1;
    }
    if (i > plain_from) add_plain(term.substr(plain_from, i - plain_from));
    total *= g.count;
    if (total > kMaxExpansions) {
      err = {i, "the term stands for more than " + std::to_string(kMaxExpansions) + " phrases",
             "split it into several lines"};
      return false;
    }
    parts.push_back(g);
    i = close + 1;
    plain_from = i;
  }
  if (term.size() > plain_from) add_plain(term.substr(plain_from));
  // Gaps: at most kMaxWideGaps, never two in a row (the second would
  // never be followed), never at an edge.
  {
    size_t count = 0, prev_end = std::string_view::npos;
    for (size_t at = term.find(kWideGap); at != std::string_view::npos;
         at = term.find(kWideGap, at + kWideGap.size())) {
      if (prev_end != std::string_view::npos && !has_word(term.substr(prev_end, at - prev_end))) {
        err = {at, "two `...` in a row", "one `...` already lets six words come between"};
        return false;
      }
      if (++count > kMaxWideGaps) {
        err = {at, "more than " + std::to_string(kMaxWideGaps) + " `...` in one term",
               "split it into several terms"};
        return false;
      }
      prev_end = at + kWideGap.size();
    }
  }
  // Every phrase is stored: the words of all of them are bounded too. A
  // phrase has no more words than the whole term, which settles most terms
  // without counting each alternative.
  if (total * (static_cast<size_t>(std::count(term.begin(), term.end(), ' ')) + 1) > kMaxExpandedWords) {
    size_t per_phrase = 0;
    for (auto& p : parts) {
      size_t most = 0;
      for (size_t k = p.first; k < p.first + p.count; ++k) most = std::max(most, word_count(all[k]));
      per_phrase += most;
    }
    if (total * per_phrase > kMaxExpandedWords) {
      err = {0, "the term stands for more than " + std::to_string(kMaxExpandedWords) + " words in all",
             "split it into several lines"};
      return false;
    }
  }
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
  if (!out) return true;
  // Plain text is split at its gaps.
  for (auto& p : parts) {
    if (p.count > 1) {
      out->emplace_back(all.begin() + static_cast<std::ptrdiff_t>(p.first),
                        all.begin() + static_cast<std::ptrdiff_t>(p.first + p.count));
      continue;
    }
    std::string_view text = all[p.first];
    for (size_t from = 0;;) {
      size_t gap = text.find(kWideGap, from);
      std::string_view piece = text.substr(from, gap == std::string_view::npos ? gap : gap - from);
      if (!blank(piece)) {
        size_t b = piece.find_first_not_of(" \t"), e = piece.find_last_not_of(" \t");
        out->push_back({piece.substr(b, e - b + 1)});
      }
      if (gap == std::string_view::npos) break;
      out->push_back({kWideGap});
      from = gap + kWideGap.size();
    }
  }
  return true;
}

}  // namespace

bool parse_term(std::string_view term, std::vector<std::vector<std::string_view>>& out,
                TermPatternError& err) {
  return parse(term, err, &out);
}

bool check_term(std::string_view term, TermPatternError& err) { return parse(term, err, nullptr); }

bool expand_term(std::string_view term, std::vector<std::string>& out, TermPatternError& err) {
  std::vector<std::vector<std::string_view>> parts;
  out.clear();
  if (!parse_term(term, parts, err)) return false;
  out.emplace_back();
  for (auto& p : parts) {
    std::vector<std::string> next;
    next.reserve(out.size() * p.size());
    for (auto& prefix : out)
      for (auto c : p) next.push_back(prefix.empty() ? std::string(c) : prefix + " " + std::string(c));
    out = std::move(next);
  }
  return true;
}

}  // namespace guidepost::read
