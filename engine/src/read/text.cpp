#include "read/text.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <mutex>
#include <unordered_set>
#include <unordered_map>

namespace guidepost::read {

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 0x80;
}

// U+2019 and U+2018 (curly apostrophes) read as '.
bool curly_apostrophe(std::string_view t, size_t i) {
  return i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 &&
         static_cast<unsigned char>(t[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(t[i + 2]) == 0x99 || static_cast<unsigned char>(t[i + 2]) == 0x98);
}

}  // namespace

// Real English words, so that a one-letter slip is corrected only when the
// word is not itself a word ("figthing" -> fighting; "fright" stays fright).
// Debian's wamerican list; without it, no word is corrected.
const std::unordered_set<std::string>& english_words() {
  static std::unordered_set<std::string> words;
  static std::once_flag once;
  std::call_once(once, [] {
    std::ifstream in("/usr/share/dict/words");
    std::string w;
    while (std::getline(in, w)) {
      if (w.find('\'') != std::string::npos) continue;
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words.insert(w);
    }
  });
  return words;
}

void tokenize(std::string_view t, std::vector<Token>& out, std::string& norm) {
  out.clear();
  norm.clear();
  norm.reserve(t.size());
  out.reserve(t.size() / 4);
  size_t i = 0, n = t.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(t[i]);
    if (is_word_byte(c) && !curly_apostrophe(t, i) &&
        !(c == 0xE2 && i + 2 < n && static_cast<unsigned char>(t[i + 1]) == 0x80)) {
      Token tok;
      tok.begin = static_cast<uint32_t>(i);
      tok.norm = static_cast<uint32_t>(norm.size());
      bool digits = true;
      while (i < n) {
        auto d = static_cast<unsigned char>(t[i]);
        if (d == '\'' || curly_apostrophe(t, i)) {
          // An apostrophe inside a word: "didn't", "student's".
          size_t len = d == '\'' ? 1 : 3;
          if (i + len < n && is_word_byte(static_cast<unsigned char>(t[i + len])) &&
              i > tok.begin) {
            norm += '\'';
            i += len;
            continue;
          }
          break;
        }
        if (d == 0xE2 && i + 2 < n && static_cast<unsigned char>(t[i + 1]) == 0x80) break;  // dashes, quotes
        if (d == ',' && digits && i + 3 < n + 0 && i > tok.begin &&
            std::isdigit(static_cast<unsigned char>(t[i + 1])) && i + 3 < n + 1 &&
            std::isdigit(static_cast<unsigned char>(t[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(t[i + 3])) &&
            (i + 4 >= n || !std::isdigit(static_cast<unsigned char>(t[i + 4])))) {
          i += 1;  // 1,200
          continue;
        }
        if (!is_word_byte(d)) break;
        if (!(d >= '0' && d <= '9')) digits = false;
        norm += static_cast<char>(d >= 'A' && d <= 'Z' ? d + 32 : d);
        ++i;
      }
      tok.end = static_cast<uint32_t>(i);
      tok.norm_len = static_cast<uint32_t>(norm.size() - tok.norm);
      if (digits && tok.norm_len > 0 && tok.norm_len <= 9) {
        tok.kind = Token::Kind::Number;
        int64_t v = 0;
        for (size_t k = tok.norm; k < tok.norm + tok.norm_len; ++k) v = v * 10 + (norm[k] - '0');
        tok.number = v;
      }
      out.push_back(tok);
      continue;
    }
    Token p;
    p.begin = static_cast<uint32_t>(i);
    size_t len = 1;
    if (c >= 0x80) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }
    p.end = static_cast<uint32_t>(std::min(n, i + len));
    if (c == '(' || c == ')') {
      // An aside in parentheses is a clause of its own: "(suspended last
      // year for fighting), notes with slurs ..." keeps "last year" inside.
      p.kind = Token::Kind::Stop;
      if (out.empty() || out.back().kind != Token::Kind::Stop) out.push_back(p);
    } else if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') {
      // "a.m." and "3.5" are not sentence ends; a dot between letters or digits
      // is part of an abbreviation.
      bool inner = c == '.' && i > 0 && i + 1 < n && is_word_byte(static_cast<unsigned char>(t[i - 1])) &&
                   is_word_byte(static_cast<unsigned char>(t[i + 1]));
      // Nor is the colon of a clock time: "Fire alarm 1:15, pulled by".
      inner |= c == ':' && i > 0 && i + 1 < n && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
               std::isdigit(static_cast<unsigned char>(t[i + 1]));
      // Nor is the dot of a title before a name: "swore at Ms. Kay" is one
      // sentence; "Lincoln MS. He ..." is two.
      if (c == '.' && !out.empty() && out.back().kind != Token::Kind::Stop && out.back().end == i) {
        std::string_view w = t.substr(out.back().begin, out.back().end - out.back().begin);
        bool title = w == "Mr" || w == "Ms" || w == "Mrs" || w == "Dr" || w == "Mx";
        size_t k = i + 1;
        while (k < n && t[k] == ' ') ++k;
        size_t e = k;
        while (e < n && std::isalpha(static_cast<unsigned char>(t[e]))) ++e;
        std::string_view next = t.substr(k, e - k);
        static const std::string_view not_names[] = {"He", "She", "They", "The", "A", "An", "It",
                                                     "We", "I", "His", "Her", "This", "That"};
        bool name = !next.empty() && std::isupper(static_cast<unsigned char>(next[0])) &&
                    std::find(std::begin(not_names), std::end(not_names), next) == std::end(not_names);
        if (title && name) inner = true;
      }
      if (!inner) {
        p.kind = Token::Kind::Stop;
        if (out.empty() || out.back().kind != Token::Kind::Stop) out.push_back(p);
      }
    } else if (c == ',') {
      p.kind = Token::Kind::Comma;
      out.push_back(p);
    } else if (c == '$') {
      p.kind = Token::Kind::Dollar;
      out.push_back(p);
    }
    i += len;
  }
}

std::string stem(std::string_view w) {
  struct Irregular {
    const char* from;
    const char* to;
  };
  static const Irregular irregular[] = {
      {"fought", "fight"}, {"stole", "steal"}, {"stolen", "steal"}, {"brought", "bring"},
      {"threw", "throw"}, {"thrown", "throw"}, {"beaten", "beat"}, {"bit", "bite"},
      {"bitten", "bite"}, {"shot", "shoot"}, {"took", "take"}, {"taken", "take"},
      {"struck", "strike"}, {"hid", "hide"}, {"hidden", "hide"}, {"ran", "run"},
      {"sold", "sell"}, {"broke", "break"}, {"broken", "break"}, {"caught", "catch"},
      {"swore", "swear"}, {"sworn", "swear"}, {"gave", "give"}, {"given", "give"},
      {"drew", "draw"}, {"drawn", "draw"}, {"found", "find"}, {"kept", "keep"},
      {"left", "leave"}, {"sent", "send"}, {"spat", "spit"}, {"fled", "flee"},
      {"dealt", "deal"}, {"said", "say"}, {"told", "tell"}, {"knives", "knife"},
      {"children", "child"}, {"men", "man"}, {"women", "woman"}, {"people", "person"},
      {"lit", "light"}, {"set", "set"}, {"was", "be"}, {"were", "be"}, {"is", "be"},
      {"are", "be"}, {"been", "be"}, {"has", "have"}, {"had", "have"}, {"did", "do"},
      {"does", "do"}, {"done", "do"}, {"went", "go"}, {"gone", "go"}, {"got", "get"},
      {"gotten", "get"}, {"made", "make"}, {"hit", "hit"}, {"hurt", "hurt"},
      {"vaping", "vape"}, {"vaped", "vape"}, {"vapes", "vape"}, {"slapped", "slap"},
      // Words whose regular stem is another word's: "rapping" is not
      // "raping", "pissed off" (angry) is not "piss off".
      {"rapping", "rapping"}, {"rapper", "rapper"}, {"rappers", "rapper"}, {"rapped", "rapped"},
      {"pissed", "pissed"},
      // "Scrapping" (fighting) is not "scraped" (a scraped knee).
      {"scrapping", "scrapping"}, {"scrappin", "scrapping"}, {"scrapped", "scrapping"},
      // "Rob" is a name as often as a verb: the verb's forms keep their own
      // stems, so "this is Rob Ferris" does not read as "robbed".
      {"robbed", "robbed"}, {"robbing", "robbing"}, {"robs", "robs"},
      // The moon is not mooning.
      {"mooning", "mooning"}, {"mooned", "mooning"},
      // Slurred speech is not a slur.
      {"slurring", "slurring"}, {"slurred", "slurring"},
  };
  // Looked up by hash: every word of every description passes here.
  static const std::unordered_map<std::string_view, std::string_view> table = [] {
    std::unordered_map<std::string_view, std::string_view> t;
    for (auto& ir : irregular) t.emplace(ir.from, ir.to);
    return t;
  }();
  std::string s;
  bool done = false;
  if (auto it = table.find(w); it != table.end()) {
    s = it->second;
    done = true;
  } else {
    s = w;
  }
  if (done) {
    if (s.size() > 3 && s.back() == 'e') s.pop_back();
    return s;
  }
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  auto ends = [&](const char* suf) {
    size_t k = std::strlen(suf);
    return s.size() > k + 2 && s.compare(s.size() - k, k, suf) == 0;
  };
  auto undouble = [&] {
    size_t n = s.size();
    if (n >= 2 && s[n - 1] == s[n - 2] && std::strchr("bdfgmnprt", s[n - 1])) s.pop_back();
  };
  if (ends("ies")) s.replace(s.size() - 3, 3, "y");
  else if (ends("ied")) s.replace(s.size() - 3, 3, "y");
  else if (ends("ing")) { s.resize(s.size() - 3); undouble(); }
  else if (ends("ed")) { s.resize(s.size() - 2); undouble(); }
  else if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes")) s.resize(s.size() - 2);
  else if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's' && s[s.size() - 2] != 'u' &&
           s[s.size() - 2] != 'i')
    s.pop_back();
  // "vape"/"vaping", "use"/"using": drop a final e so both meet; but not
  // where that makes another word a trigger reads ("note" is not "not").
  if (s.size() > 3 && s.back() == 'e' && s != "note" && s != "none" && s != "noone") s.pop_back();
  return s;
}

int64_t number_word(std::string_view w) {
  static const std::unordered_map<std::string_view, int64_t> words = {
      {"zero", 0},      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},   {"couple", 2},    {"pair", 2},       {"both", 2},      {"dozen", 12}};
  // Asked of every word of a description: most words are rejected before
  // hashing by length and first letter.
  if (w.size() < 3 || w.size() > 9 || !std::strchr("ztfsenocpbd", w[0])) return -1;
  auto it = words.find(w);
  return it == words.end() ? -1 : it->second;
}

}  // namespace guidepost::read
