// A behavior is aimed at a staff member when a staff word is its object:
// inside the phrase ("bit para"), right after it with only small words
// between ("threw a punch at his teacher", "keyed Mrs Lopez's car"), or as
// the subject of a passive just before it ("the sub got cussed out by").
// Only small words may stand between, so that "hit a kid and the teacher
// stepped in" is not read as aimed at the teacher.
#include "read/targets.h"

#include <string_view>
#include <unordered_set>

namespace guidepost::read {

namespace {

const std::unordered_set<std::string_view>& staff_words() {
  static const std::unordered_set<std::string_view> s = {
      "teacher", "teachers", "teacher's", "para", "paras", "para's", "paraprofessional",
      "aide", "aides", "sub", "substitute", "principal", "ap", "vp", "counselor",
      "counsellor", "coach", "custodian", "janitor", "librarian", "nurse", "staff",
      "driver", "secretary", "receptionist", "chaperone", "chaperon", "administrator",
      "admin", "dean", "mr", "ms", "mrs", "miss", "mx", "dr", "sir", "ma'am", "maam", "me",
      // The usual slips, in words too short or too common for typo reading.
      "teahcer", "techer", "teachr", "substitue", "subsitute", "sustitute", "principle",
      "councelor", "conselor", "couselor", "cheif", "custodain"};
  return s;
}

// A staff word followed by one of these names a place or a thing ("from
// the teacher's desk"), not whom the behavior is aimed at.
const std::unordered_set<std::string_view>& places() {
  static const std::unordered_set<std::string_view> s = {
      "desk", "drawer", "room", "classroom", "office", "table", "lounge", "computer",
      "laptop", "bathroom", "workroom", "station"};
  return s;
}

bool is_title(std::string_view w) {
  return w == "mr" || w == "ms" || w == "mrs" || w == "miss" || w == "mx" || w == "dr";
}

// Words that may stand between a behavior's phrase and its object.
const std::unordered_set<std::string_view>& small_words() {
  static const std::unordered_set<std::string_view> s = {
      "the", "a", "an", "his", "her", "their", "my", "our", "at", "to", "toward", "towards",
      "on", "in", "into", "with", "of", "him", "them", "right", "directly", "new", "female",
      "male", "classroom", "class", "bus", "lunch", "recess", "school", "student"};
  return s;
}

}  // namespace

std::vector<NumberHit> read_staff_targets(int fact, std::string_view text,
                                          const std::vector<Token>& toks, const std::string& norm,
                                          const std::vector<std::pair<size_t, size_t>>& behaviors) {
  std::vector<NumberHit> out;
  auto word = [&](size_t j) { return word_at(toks, norm, j); };
  auto is_word = [&](size_t j) { return is_word_at(toks, j); };
  // Not the staff member who stepped in: "throwing punches until Mr. Diaz",
  // "until the teacher pulled them apart", "when our para walked in".
  auto stepped_in = [&](size_t j) {
    static const std::unordered_set<std::string_view> when = {
        "until", "till", "til", "untill", "when", "before", "once", "as"};
    static const std::unordered_set<std::string_view> determiners = {
        "the", "a", "an", "our", "his", "her", "their", "my", "your", "another"};
    size_t k = j;
    while (k > 0 && is_word(k - 1) && determiners.count(word(k - 1))) --k;
    return k > 0 && is_word(k - 1) && when.count(word(k - 1)) > 0;
  };
  auto aimed = [&](size_t j) {
    return is_word(j) && staff_words().count(word(j)) &&
           !(is_word(j + 1) && places().count(word(j + 1))) && !stepped_in(j);
  };
  for (auto [first, last] : behaviors) {
    size_t found = SIZE_MAX;
    for (size_t j = first; j <= last; ++j)
      if (aimed(j)) found = j;
    size_t reach = last + 4;
    for (size_t j = last + 1; found == SIZE_MAX && j <= reach && is_word(j); ++j) {
      std::string_view w = word(j);
      // The rest of a censored word ("b*tch", "f---ing") belongs to it.
      bool glued = toks[j].begin > toks[j - 1].end;
      for (size_t b = toks[j - 1].end; glued && b < toks[j].begin; ++b)
        glued = text[b] == '*' || text[b] == '-';
      // A censored word has a few pieces ("f***ing", "b---h"), not a run.
      if (glued && reach < last + 8) {
        ++reach;
        continue;
      }
      if (glued) break;
      if (aimed(j)) found = j;
      else if (!small_words().count(w)) break;
    }
    if (found != SIZE_MAX) {
      out.push_back({first, std::max(found, last), fact, 1});
      continue;
    }
    // "told teacher 'f*** you'", "called Ms. K a ...": words said to a
    // staff member, the staff word just before what was said.
    {
      static const std::unordered_set<std::string_view> said_to = {
          "told", "tells", "telling", "called", "calls", "calling", "yelled", "screamed",
          "shouted", "said", "texted", "messaged", "wrote"};
      bool to_staff = false;
      size_t from = first;
      for (size_t j = first; j-- > 0 && j + 5 >= first && is_word(j);) {
        std::string_view w = word(j);
        if (said_to.count(w)) {
          to_staff = found != SIZE_MAX;
          from = j;
          break;
        }
        if (aimed(j)) found = j;
        else if (!small_words().count(w) && !(j > 0 && is_word(j - 1) && is_title(word(j - 1))))
          break;
      }
      if (to_staff) {
        out.push_back({from, last, fact, 1});
        continue;
      }
    }
    // "told ms ruiz touch my phone again n ill slap you": what was said,
    // unquoted, to the staff member named right after the telling word.
    {
      static const std::unordered_set<std::string_view> told = {
          "told", "tells", "telling", "yelled", "screamed", "shouted", "said"};
      bool to_staff = false;
      size_t from = first;
      for (size_t j = first; j-- > 0 && j + 12 >= first && is_word(j);)
        if (told.count(word(j))) {
          size_t k = j + 1;
          if (is_word(k) && (word(k) == "at" || word(k) == "to" || word(k) == "the" ||
                             word(k) == "his" || word(k) == "her"))
            ++k;
          to_staff = k < first && aimed(k) && word(k) != "me";
          from = j;
          break;
        }
      if (to_staff) {
        out.push_back({from, last, fact, 1});
        continue;
      }
    }
    // "the sub got cussed out by ...", "Mr. Dahl was hit by a chair"
    if (first >= 2 && is_word(first - 1)) {
      std::string_view aux = word(first - 1);
      if (aux == "got" || aux == "was" || aux == "were" || aux == "been" || aux == "gets") {
        for (size_t j = first - 1; j-- > 0 && j + 6 >= first && is_word(j);) {
          if (word(j) != "me" && aimed(j)) {
            out.push_back({j, last, fact, 1});
            break;
          }
        }
      }
    }
  }
  return out;
}

}  // namespace guidepost::read
