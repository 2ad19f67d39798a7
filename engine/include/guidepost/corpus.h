// Scoring the reader against a labelled corpus of descriptions (JSON lines;
// tests/nl/README.md gives the format): precision, recall and F1 per
// behavior and per context kind, and every record whose outcome the text
// raises above the outcome of its labels.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "guidepost/plan.h"

namespace guidepost {

struct Score {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct CorpusReport {
  size_t records = 0;
  Score behaviors;                          // all behaviors together (micro)
  std::map<std::string, Score> per_behavior;
  std::map<std::string, Score> per_context;  // negated, hypothetical, ...
  std::map<std::string, Score> per_fact;     // exact value
  // Mentions the reader took back (a later correction) or folded into
  // another behavior: not a context kind the labels name, so counted apart.
  std::map<std::string, size_t> taken_back;
  size_t outcome_agrees = 0;
  struct Miss {
    std::string id, detail;
  };
  std::vector<Miss> raised;     // the text's outcome is above the labels' outcome
  std::vector<Miss> misses;     // behavior errors, for reading
  std::vector<std::string> errors;  // records that could not be read
};

CorpusReport score_corpus(const Plan& plan, std::string_view jsonl);

}  // namespace guidepost
