// Term patterns: one line of a terms file that stands for many phrases.
// "(sold|selling|dealing) ... (thc|edibles|pills)" is every verb with every
// drug, so a district writes the two word lists once instead of their
// product; "..." lets up to six words come between ("sold a classmate a
// THC vape cart"), where a plain phrase allows two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace guidepost::read {

// The gap marker as it stays in an expanded phrase.
inline constexpr std::string_view kWideGap = "...";
inline constexpr int kWideGapWords = 6;
// More phrases than this from one line is a mistake, not a pattern; so are
// more words in all (each phrase is stored), or more than two wide gaps
// (each lets a match try seven places: three would try 343).
inline constexpr size_t kMaxExpansions = 5000;
inline constexpr size_t kMaxExpandedWords = 50000;
inline constexpr size_t kMaxWideGaps = 2;

struct TermPatternError {
  size_t offset = 0;  // bytes into the term
  std::string message, help;
};

// Whether a term uses pattern syntax at all (most do not). A plain loop:
// find_first_of calls memchr once per character.
inline bool has_pattern_syntax(std::string_view term) {
  for (char c : term)
    if (c == '(' || c == ')' || c == '|' || c == '.') return true;
  return false;
}

// The term as a sequence of parts, each a list of choices: a group's
// alternatives, or one plain text; a wide gap is a part of its own, the one
// choice `kWideGap`. The choices are views into `term`. False with the
// first error.
bool parse_term(std::string_view term, std::vector<std::vector<std::string_view>>& parts,
                TermPatternError& err);
// The parts would point into a temporary.
bool parse_term(std::string&& term, std::vector<std::vector<std::string_view>>& parts,
                TermPatternError& err) = delete;

// Whether the term is a good pattern, or false with the first error: what
// parse_term checks, without its parts.
bool check_term(std::string_view term, TermPatternError& err);

// Every phrase the term stands for (the term itself when it has no group),
// or false with the first error.
bool expand_term(std::string_view term, std::vector<std::string>& out, TermPatternError& err);

}  // namespace guidepost::read
