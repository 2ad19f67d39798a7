// The built-in number readers of `recognize` rules: `grade` ("8th grader",
// "a sophomore", "grade 10"), `count` ("four students", "2 girls") and
// `dollars` ("$650", "1,200 dollars").
#include "read/numbers.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace guidepost::read {

std::vector<NumberHit> read_numbers(const std::vector<const RecognizeDef*>& extractors,
                                    const Model& model, const std::vector<Token>& toks,
                                    const std::string& norm) {
  std::vector<NumberHit> out;
  auto word = [&](size_t j) { return std::string_view(norm.data() + toks[j].norm, toks[j].norm_len); };
  auto is_word = [&](size_t j) { return j < toks.size() && toks[j].kind != Token::Kind::Stop && toks[j].kind != Token::Kind::Comma; };
  for (const RecognizeDef* r : extractors) {
    const FactDef& fact = model.facts[r->fact];
    // Which reader, settled once: not a string comparison per word.
    enum class X { Dollars, Count, Grade, Other } x = r->extractor == "dollars" ? X::Dollars
                                                     : r->extractor == "count"  ? X::Count
                                                     : r->extractor == "grade"  ? X::Grade
                                                                                : X::Other;
    if (x == X::Other) continue;
    for (size_t j = 0; j < toks.size(); ++j) {
      int64_t value = -1;
      size_t first = j, last = j;
      if (x == X::Dollars) {
        if (toks[j].kind == Token::Kind::Dollar && j + 1 < toks.size() &&
            toks[j + 1].kind == Token::Kind::Number) {
          value = toks[j + 1].number;
          last = j + 1;
        } else if (toks[j].kind == Token::Kind::Number && is_word(j + 1) &&
                   (word(j + 1) == "dollars" || word(j + 1) == "bucks")) {
          value = toks[j].number;
          last = j + 1;
        }
      } else if (x == X::Count) {
        int64_t n = toks[j].kind == Token::Kind::Number
                        ? toks[j].number
                        : (is_word(j) && toks[j].norm_len <= 9 ? read::number_word(word(j)) : -1);
        if (n < 1) continue;
        static const std::unordered_set<std::string_view> people = {
            "student", "students", "kid", "kids", "boy", "boys", "girl", "girls", "people",
            "person", "persons", "teens", "juveniles", "classmates", "peers", "freshmen",
            "sophomores", "juniors", "seniors", "graders", "youths", "males", "females"};
        for (size_t k = j + 1; k <= j + 3 && is_word(k); ++k) {
          std::string_view w = word(k);
          if (people.count(w)) {
            value = n;
            last = k;
            break;
          }
        }
      } else if (x == X::Grade) {
        if (!is_word(j)) continue;
        std::string_view w = word(j);
        // Grade words; `ordinal` marks those that count only before "grade".
        struct GradeWord {
          int value;
          bool ordinal;
        };
        static const std::unordered_map<std::string_view, GradeWord> named = {
            {"kindergarten", {0, false}}, {"kindergartner", {0, false}},
            {"kindergartener", {0, false}}, {"freshman", {9, false}}, {"freshmen", {9, false}},
            {"sophomore", {10, false}}, {"sophomores", {10, false}}, {"first", {1, true}},
            {"second", {2, true}}, {"third", {3, true}}, {"fourth", {4, true}},
            {"fifth", {5, true}}, {"sixth", {6, true}}, {"seventh", {7, true}},
            {"eighth", {8, true}}, {"ninth", {9, true}}, {"tenth", {10, true}},
            {"eleventh", {11, true}}, {"twelfth", {12, true}}};
        bool ordinal_word = false;
        if (auto it = named.find(w); it != named.end()) {
          value = it->second.value;
          ordinal_word = it->second.ordinal;
        }
        // "8th", "11th"
        if (value < 0 && w.size() >= 3 && std::isdigit(static_cast<unsigned char>(w[0]))) {
          size_t k = 0;
          while (k < w.size() && std::isdigit(static_cast<unsigned char>(w[k]))) ++k;
          std::string_view suf = w.substr(k);
          // A grade has one or two digits; "99999999999999999999th" is not one.
          if ((suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && k <= 2) {
            value = std::stoll(std::string(w.substr(0, k)));
            ordinal_word = true;
          }
        }
        // An ordinal counts only before "grade"/"grader" ("8th grader",
        // "eighth-grade"), not in "the 3rd time".
        if (ordinal_word) {
          bool grade_next = is_word(j + 1) && (word(j + 1) == "grade" || word(j + 1) == "grader" ||
                                               word(j + 1) == "graders" || word(j + 1) == "gr");
          if (!grade_next) value = -1;
          else last = j + 1;
        }
        if (value < 0 && (w == "grade" || w == "gr") && j + 1 < toks.size() &&
            toks[j + 1].kind == Token::Kind::Number) {
          value = toks[j + 1].number;
          last = j + 1;
        }
        if ((w == "junior" || w == "senior") && value < 0) {
          // "junior" alone is a grade; "junior high" is not.
          bool high = is_word(j + 1) && word(j + 1) == "high";
          if (!high) value = w == "junior" ? 11 : 12;
        }
      }
      if (value < fact.lo || value > fact.hi) continue;
      out.push_back({first, last, r->fact, value});
      j = last;
    }
  }
  return out;
}

}  // namespace guidepost::read
