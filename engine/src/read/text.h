// Words of a description: tokens with byte offsets into the original text,
// normalised (lower case, straight quotes) and stemmed, so that "Fought",
// "fighting" and "fights" meet "fight".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace guidepost::read {

struct Token {
  enum class Kind : uint8_t { Word, Number, Stop, Comma, Dollar } kind = Kind::Word;
  uint32_t begin = 0, end = 0;   // bytes in the original text
  uint32_t norm = 0, norm_len = 0;  // the lower-cased word, in the norm buffer
  int stem = -1;                 // id of its stem in the vocabulary; -1 if unknown
  bool typo = false;
  int64_t number = -1;           // Number: its value
};

// The lower-cased word of token j.
inline std::string_view word_at(const std::vector<Token>& toks, const std::string& norm, size_t j) {
  return std::string_view(norm.data() + toks[j].norm, toks[j].norm_len);
}

// Token j exists and is a word or number, not a stop or a comma.
inline bool is_word_at(const std::vector<Token>& toks, size_t j) {
  return j < toks.size() && toks[j].kind != Token::Kind::Stop && toks[j].kind != Token::Kind::Comma;
}

// Real English words (Debian's wamerican list, lower-cased), or empty
// when the list is not installed.
const std::unordered_set<std::string>& english_words();

// Splits `text`; words' normalised forms go into `norm`.
void tokenize(std::string_view text, std::vector<Token>& out, std::string& norm);

// The stem of a lower-cased word ("fighting" -> "fight", "fought" -> "fight").
std::string stem(std::string_view word);

// The value of a number word ("two" -> 2; "twelve" -> 12), or -1.
int64_t number_word(std::string_view word);

}  // namespace guidepost::read
