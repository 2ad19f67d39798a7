// The built-in number readers of `recognize` rules: `grade` ("8th grader",
// "a sophomore", "grade 10"), `count` ("four students", "2 girls", "M x2"),
// `dollars` ("$650", "1,200 dollars") and `prior` ("3rd vape offense this
// yr", "one other referral earlier this year").
#include "read/numbers.h"

#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace guidepost::read {

namespace {

const std::unordered_set<std::string_view>& people() {
  static const std::unordered_set<std::string_view> s = {
      "student", "students", "kid", "kids", "boy", "boys", "girl", "girls", "people",
      "person", "persons", "teens", "juveniles", "classmates", "peers", "freshmen",
      "sophomores", "juniors", "seniors", "graders", "youths", "males", "females", "m", "f",
      "guys", "sophs", "children", "teenagers", "athletes",
      // Usual slips, and teams written by what they do.
      "sophmores", "soph's", "freshman", "players", "runners", "wrestlers", "swimmers"};
  return s;
}

// The value of "2nd", "third", ..., or -1. Asked of every word: the cheap
// tests come first.
int64_t ordinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 7) return -1;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) {
    size_t k = 0;
    while (k < w.size() && std::isdigit(static_cast<unsigned char>(w[k]))) ++k;
    if (k > 2) return -1;
    std::string_view suf = w.substr(k);
    if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return -1;
    return std::stoll(std::string(w.substr(0, k)));
  }
  // Every word of every description asks: compared by length and first
  // letter, not hashed.
  struct Named {
    std::string_view word;
    int value;
  };
  static constexpr Named five[] = {{"first", 1}, {"third", 3}, {"fifth", 5}, {"sixth", 6},
                                   {"ninth", 9}, {"tenth", 10}};
  static constexpr Named six[] = {{"second", 2}, {"fourth", 4}, {"eighth", 8}};
  auto find = [&](const Named* b, const Named* e) {
    for (; b != e; ++b)
      if (b->word[0] == w[0] && b->word == w) return b->value;
    return -1;
  };
  if (w.size() == 5) return find(std::begin(five), std::end(five));
  if (w.size() == 6) return find(std::begin(six), std::end(six));
  if (w.size() == 7) return w == "seventh" ? 7 : -1;
  return -1;
}

// The value of a number token or number word, or -1.
int64_t number_at(const std::vector<Token>& toks, const std::string& norm, size_t j) {
  if (j >= toks.size()) return -1;
  // The reader has set every word's value as a number word ("two" is 2),
  // once per distinct word.
  (void)norm;
  if (toks[j].kind == Token::Kind::Number || toks[j].kind == Token::Kind::Word) return toks[j].number;
  return -1;
}

// "four students", "2 older kids", "3 of my 10th graders": a number, a few
// words that describe, and who it counts. Not a label ("Gr 4 boys", "rm 114
// kid"), a clock time ("9:40 a student"), or people who only saw or told
// ("a couple of kids said ...": witnesses are not actors).
int64_t read_count(std::string_view text, const std::vector<Token>& toks, const std::string& norm,
                   const std::vector<int64_t>& num, size_t j, size_t& last) {
  // "M x2", "8th gr boys x3": a count written after whom it counts.
  if (is_word_at(toks, j) && toks[j].norm_len == 2 && j > 0 && is_word_at(toks, j - 1)) {
    std::string_view w = word_at(toks, norm, j), before = word_at(toks, norm, j - 1);
    // "gr8 x2": a grade written as one word counts as whom too.
    bool grade_word = before.size() >= 3 && before.substr(0, 2) == "gr" &&
                      std::isdigit(static_cast<unsigned char>(before[2]));
    // "Gr 11 x2": the grade's number, after "gr" or "grade".
    if (toks[j - 1].kind == Token::Kind::Number && j >= 2 && is_word_at(toks, j - 2)) {
      std::string_view g = word_at(toks, norm, j - 2);
      grade_word |= g == "gr" || g == "grade";
    }
    if (w[0] == 'x' && w[1] >= '2' && w[1] <= '9' &&
        (people().count(before) || before == "ss" || before == "gr" || grade_word))
      return w[1] - '0';
  }
  int64_t n = num[j];
  // One actor is what an incident assumes; "jumped 1 student" counts a victim.
  if (n < 2) return -1;
  // "to at least four girls", "in front of about six": what comes before
  // a hedge is what the number follows.
  size_t p = j;
  while (p >= 2 && is_word_at(toks, p - 1)) {
    std::string_view w = word_at(toks, norm, p - 1);
    if (w == "about" || w == "around" || w == "approximately" || w == "roughly" || w == "maybe" ||
        w == "like")
      --p;
    else if (w == "least" && word_at(toks, norm, p - 2) == "at")
      p -= 2;
    else
      break;
  }
  if (p >= 3 && is_word_at(toks, p - 1) && is_word_at(toks, p - 2) && word_at(toks, norm, p - 1) == "of" &&
      word_at(toks, norm, p - 2) == "front")
    return -1;  // in front of six students: who watched
  if (p > 0 && p < j && is_word_at(toks, p - 1)) {
    static const std::unordered_set<std::string_view> to_whom = {"to", "with", "at", "from", "against",
                                                                 "for", "told", "showed"};
    if (to_whom.count(word_at(toks, norm, p - 1))) return -1;
  }
  if (j > 0 && is_word_at(toks, j - 1)) {
    // Whom something was done to or with: "sold to 2 students", "told 2
    // classmates", "showing two other students".
    static const std::unordered_set<std::string_view> objects = {
        "to", "with", "at", "from", "against", "for", "told", "showed", "showing",
        "jumped", "threatened", "asked", "among", "between"};
    if (objects.count(word_at(toks, norm, j - 1))) return -1;
    static const std::unordered_set<std::string_view> labels = {
        "gr", "grade", "rm", "room", "bus", "route", "period", "per", "pd", "hour", "hr",
        "block", "floor", "fl", "no", "number", "ch", "chapter", "unit", "page", "lunch",
        "wing", "hall", "lot", "door", "gate", "building", "bldg", "station", "ext"};
    if (labels.count(word_at(toks, norm, j - 1))) return -1;
  }
  // Part of a time, date or decimal ("9:40", "12/8 gr 8 M", "Code 5.10"):
  // digits joined to it by a colon, slash or point.
  if (toks[j].kind == Token::Kind::Number) {
    auto joiner = [](char c) { return c == ':' || c == '/' || c == '.'; };
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    uint32_t b = toks[j].begin, e = toks[j].end;
    if (b >= 2 && joiner(text[b - 1]) && digit(text[b - 2])) return -1;
    if (e + 1 < text.size() && joiner(text[e]) && digit(text[e + 1])) return -1;
  }
  // Words that may stand between a number and whom it counts.
  static const std::unordered_set<std::string_view> between = {
      "of", "the", "my", "our", "his", "her", "their", "your", "these", "those", "other",
      "older", "younger", "more", "different", "separate", "male", "female", "grade", "gr",
      "middle", "high", "school", "new", "little", "big", "young", "same", "th", "st", "nd", "rd"};
  size_t gap = 0;
  for (size_t k = j + 1; k <= j + 5 && is_word_at(toks, k); ++k) {
    std::string_view w = word_at(toks, norm, k);
    // "M" and "F" count only right after the number or a grade: "2 M",
    // "x3 9th gr F", not "a couple of f-bombs".
    bool sex = w == "m" || w == "f";
    bool f_bomb = sex && is_word_at(toks, k + 1) &&
                  (word_at(toks, norm, k + 1) == "bombs" || word_at(toks, norm, k + 1) == "bomb");
    // "2 gr 12 M": the grade's number may stand between.
    auto grade_before = [&](size_t at) {
      std::string_view p = word_at(toks, norm, at);
      return p == "gr" || p == "grade" || ordinal(p) >= 0 ||
             (toks[at].kind == Token::Kind::Number && at > j + 1 &&
              (word_at(toks, norm, at - 1) == "gr" || word_at(toks, norm, at - 1) == "grade"));
    };
    if (people().count(w) && !f_bomb && (!sex || k == j + 1 || grade_before(k - 1))) {
      // A crowd is not who acted: "about 60 students in our section".
      if (n > 20) return -1;
      // Who saw, told or bought is not who acted: "two students told us",
      // "three students at the table said otherwise", "2 kids bought one".
      static const std::unordered_set<std::string_view> told = {
          "said", "say", "says", "told", "tell", "tells", "reported", "report", "reports",
          "saw", "see", "witnessed", "heard", "came", "stated", "confirmed", "watched",
          "noticed", "described", "bought", "buy", "purchased", "ate"};
      if (is_word_at(toks, k + 1) && told.count(word_at(toks, norm, k + 1))) return -1;
      // A few words on, only words that are never the act itself ("three
      // girls in her class tell her she can't sit with them" is the act).
      static const std::unordered_set<std::string_view> told_later = {
          "said", "say", "says", "reported", "saw", "witnessed", "heard", "confirmed",
          "watched", "noticed", "bought", "purchased", "ate"};
      for (size_t t = k + 2; t <= k + 4 && is_word_at(toks, t); ++t)
        if (told_later.count(word_at(toks, norm, t))) return -1;
      // "six student names": the people word describes what follows.
      static const std::unordered_set<std::string_view> things = {
          "names", "name", "ids", "id", "council", "body", "records", "files", "handbook",
          "section", "government", "lot", "parking", "numbers"};
      if (is_word_at(toks, k + 1) && things.count(word_at(toks, norm, k + 1))) return -1;
      last = k;
      return n;
    }
    bool describes = between.count(w) || ordinal(w) >= 0;
    if (!describes) {
      if (gap >= 1) return -1;
      ++gap;
    }
  }
  return -1;
}

// A price, not a value taken or damaged: "$10 each", "$15 a pill", "5 bucks
// a pop", "sold it to him for $40".
bool is_price(const std::vector<Token>& toks, const std::string& norm, size_t first, size_t last) {
  if (is_word_at(toks, last + 1)) {
    std::string_view next = word_at(toks, norm, last + 1);
    if (next == "each" || next == "apiece" || next == "ea") return true;
    if ((next == "a" || next == "an" || next == "per") && is_word_at(toks, last + 2)) return true;
  }
  if (first == 0 || !is_word_at(toks, first - 1) || word_at(toks, norm, first - 1) != "for")
    return false;
  static const std::unordered_set<std::string_view> sale = {
      "sold", "sell", "sells", "selling", "bought", "buy", "buys", "buying", "charged",
      "charging", "charges", "offered", "offering", "priced", "paid", "pay", "paying"};
  for (size_t k = first - 1; k-- > 0 && k + 9 >= first && is_word_at(toks, k);)
    if (sale.count(word_at(toks, norm, k))) return true;
  return false;
}

// Earlier incidents this school year: "3rd vape offense this yr" (2),
// "2nd time this year" (1), "second referral" (1), "one other vape
// referral earlier this yr" (1), "1 prior this yr" (1). "The 3rd time I
// asked him" counts nothing: an ordinal counts incidents only with a
// discipline word or a "this year".
int64_t read_prior(const std::vector<Token>& toks, const std::string& norm,
                   const std::vector<int64_t>& num, size_t j, size_t& last) {
  if (!is_word_at(toks, j)) return -1;
  // Every word passes here: only an ordinal or a small number can start one.
  if (toks[j].kind != Token::Kind::Number && toks[j].norm_len > 7) return -1;
  static const std::unordered_set<std::string_view> discipline = {
      "offense", "offence", "offenses", "referral", "referrals", "violation", "violations",
      "strike", "infraction", "infractions", "writeup", "writeups"};
  static const std::unordered_set<std::string_view> periods = {
      "year", "yr", "yrs", "semester", "sem", "term", "quarter", "qtr", "month", "week", "wk",
      "school", "trimester"};
  static const std::unordered_set<std::string_view> earlier = {"other", "previous", "prior",
                                                              "earlier", "past", "more"};
  // "this year" (or "this school year") within `reach` words of k.
  auto this_period = [&](size_t k, size_t reach, size_t& end) {
    for (size_t i = k; i <= k + reach && is_word_at(toks, i + 1); ++i)
      if (word_at(toks, norm, i) == "this" && periods.count(word_at(toks, norm, i + 1))) {
        end = i + 1;
        if (word_at(toks, norm, i + 1) == "school" && is_word_at(toks, i + 2) &&
            periods.count(word_at(toks, norm, i + 2)))
          end = i + 2;
        return true;
      }
    return false;
  };
  std::string_view w = word_at(toks, norm, j);
  int64_t ord = ordinal(w);
  if (ord >= 2 && ord <= 20) {
    static const std::unordered_set<std::string_view> not_events = {
        "grade", "grader", "graders", "gr", "period", "per", "pd", "hour", "hr", "block", "floor",
        "fl", "lunch", "place", "base", "row", "street", "st", "ave", "avenue"};
    if (!is_word_at(toks, j + 1) || not_events.count(word_at(toks, norm, j + 1))) return -1;
    for (size_t k = j + 1; k <= j + 3 && is_word_at(toks, k); ++k)
      if (discipline.count(word_at(toks, norm, k))) {
        last = k;
        size_t end;
        if (this_period(k + 1, 3, end)) last = end;
        return ord - 1;
      }
    size_t end;
    if (this_period(j + 1, 5, end)) {
      last = end;
      return ord - 1;
    }
    return -1;
  }
  int64_t n = num[j];
  if (n < 1 || n > 20) return -1;
  // "one other vape referral", "two prior referrals", "1 prior this yr"
  for (size_t k = j + 1; k <= j + 2 && is_word_at(toks, k); ++k) {
    if (!earlier.count(word_at(toks, norm, k))) continue;
    for (size_t e = k + 1; e <= k + 3 && is_word_at(toks, e); ++e)
      if (discipline.count(word_at(toks, norm, e))) {
        last = e;
        size_t end;
        if (this_period(e + 1, 3, end)) last = end;
        return n;
      }
    size_t end;
    if (this_period(k + 1, 4, end)) {
      last = end;
      return n;
    }
    return -1;
  }
  return -1;
}

}  // namespace

// Whether the words from `at` (past a closing parenthesis or a comma) say
// something was done to the one just named: "(gr 10) was threatened",
// "10th got jumped".
bool was_done_to(const std::vector<Token>& toks, const std::string& norm, size_t at) {
  if (at < toks.size() && (toks[at].kind == Token::Kind::Stop || toks[at].kind == Token::Kind::Comma))
    ++at;
  if (at + 1 >= toks.size() || !is_word_at(toks, at) || !is_word_at(toks, at + 1)) return false;
  std::string_view aux = word_at(toks, norm, at), verb = word_at(toks, norm, at + 1);
  if (aux != "was" && aux != "got" && aux != "were" && aux != "gets") return false;
  static const std::unordered_set<std::string_view> done_to = {
      "threatened", "jumped", "hit", "punched", "pushed", "shoved", "kicked", "bullied",
      "harassed", "assaulted", "attacked", "robbed", "touched", "groped", "beaten", "beat",
      "slapped", "choked", "tripped", "cornered", "targeted", "teased", "stabbed", "bitten",
      "scratched", "mocked", "followed", "filmed"};
  return done_to.count(verb) > 0;
}

// Whether the word before the parenthesis at `open` can be a name ("Dill
// (7th)", "G. (K)", "jaylen (6th)"): not a word that leads a noun or
// labels a number ("his (2nd) offense", "section (4)").
bool after_name(std::string_view text, size_t open) {
  size_t e = open;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e > 0 && text[e - 1] == '.') --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == e) return false;
  std::string word(text.substr(b, e - b));
  for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::unordered_set<std::string_view> not_names = {
      "his", "her", "their", "the", "a", "an", "this", "that", "my", "our", "your", "its",
      "section", "page", "chapter", "step", "unit", "part", "item", "number", "no", "period",
      "hour", "offense", "time", "grade", "room", "rm", "bus", "and", "or", "of", "to", "in", "on",
      "at", "for", "with", "question", "problem", "exhibit", "appendix", "policy", "code", "rule",
      "third", "second", "first", "fourth", "fifth"};
  return !not_names.count(word);
}

std::vector<NumberHit> read_numbers(const std::vector<const RecognizeDef*>& extractors,
                                    const Model& model, std::string_view text,
                                    const std::vector<Token>& toks, const std::string& norm) {
  std::vector<NumberHit> out;
  // The value of each token as a number or number word, once: every reader
  // asks it of every word.
  thread_local std::vector<int64_t> nums;
  nums.resize(toks.size());
  for (size_t j = 0; j < toks.size(); ++j) nums[j] = number_at(toks, norm, j);
  auto word = [&](size_t j) { return word_at(toks, norm, j); };
  auto is_word = [&](size_t j) { return is_word_at(toks, j); };
  for (const RecognizeDef* r : extractors) {
    const FactDef& fact = model.facts[r->fact];
    // Which reader, settled once: not a string comparison per word.
    enum class X { Dollars, Count, Grade, Prior, Other } x = r->extractor == "dollars" ? X::Dollars
                                                            : r->extractor == "count"  ? X::Count
                                                            : r->extractor == "grade"  ? X::Grade
                                                            : r->extractor == "prior"  ? X::Prior
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
        if (value >= 0 && is_price(toks, norm, j, last)) value = -1;
      } else if (x == X::Count) {
        // Only a number of two or more, or "x2" after whom it counts, starts a count.
        if (nums[j] < 2 && !(toks[j].norm_len == 2 && norm[toks[j].norm] == 'x')) continue;
        value = read_count(text, toks, norm, nums, j, last);
      } else if (x == X::Prior) {
        // Only a number or an ordinal ("3rd", "second") starts one.
        if (nums[j] < 1 && !(toks[j].norm_len >= 3 && toks[j].norm_len <= 7 &&
                             (std::isdigit(static_cast<unsigned char>(norm[toks[j].norm])) ||
                              std::string_view("fsten").find(norm[toks[j].norm]) != std::string_view::npos)))
          continue;
        value = read_prior(toks, norm, nums, j, last);
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
            {"eleventh", {11, true}}, {"twelfth", {12, true}},
            // Plurals and the usual slips of staff notes.
            {"juniors", {11, false}}, {"seniors", {12, false}}, {"soph", {10, false}},
            {"sophs", {10, false}}, {"sophmore", {10, false}}, {"sophmores", {10, false}},
            {"sophomor", {10, false}}, {"senoir", {12, false}}, {"senoirs", {12, false}},
            {"kindergarden", {0, false}}, {"kindergardener", {0, false}},
            {"kindergartners", {0, false}}, {"kindergarteners", {0, false}},
            {"freshmens", {9, false}}, {"fresman", {9, false}}, {"frehsman", {9, false}}};
        bool ordinal_word = false;
        // Every grade word but "soph" has 5 to 15 letters and starts with
        // one of a few letters: most words skip the lookup.
        static constexpr std::string_view firsts = "efjknst";
        auto it = w.size() < 4 || w.size() > 15 || (w.size() == 4 && w != "soph") ||
                          firsts.find(w[0]) == std::string_view::npos
                      ? named.end()
                      : named.find(w);
        if (it != named.end()) {
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
        // "Marcus (7th)", "Sofia G. (K)", "J. Whitaker (11)": a grade in
        // parentheses of its own, as staff write it after a name.
        bool in_parens = toks[j].begin > 0 && text[toks[j].begin - 1] == '(' &&
                         toks[j].end < text.size() && text[toks[j].end] == ')' &&
                         after_name(text, toks[j].begin - 1);
        if (in_parens && value < 0) {
          if (w == "k") value = 0;
          else if (toks[j].kind == Token::Kind::Number && toks[j].number >= 1 && toks[j].number <= 12)
            value = toks[j].number;
        }
        // An ordinal counts only before "grade"/"grader" ("8th grader",
        // "eighth-grade"), not in "the 3rd time", unless it stands in
        // parentheses of its own.
        if (ordinal_word) {
          bool grade_next = is_word(j + 1) && (word(j + 1) == "grade" || word(j + 1) == "grader" ||
                                               word(j + 1) == "graders" || word(j + 1) == "gr");
          if (grade_next) last = j + 1;
          else if (!in_parens) value = -1;
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
      // "My son Ryan (gr 10) was threatened": the grade of whom it was done
      // to, which is not the acting student's.
      if (x == X::Grade && was_done_to(toks, norm, last + 1)) continue;
      out.push_back({first, last, r->fact, value});
      j = last;
    }
  }
  return out;
}

}  // namespace guidepost::read
