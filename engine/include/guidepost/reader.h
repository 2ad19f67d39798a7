// Reading a plain-English incident description: behaviors and facts found
// in the words, each citing its exact span, with mentions set aside by
// context (negated, hypothetical, historical, another person, look-alike)
// kept with the trigger that set them aside. Compiled from the policy at
// load time: its behavior terms, `recognize` rules and context triggers.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "guidepost/decide.h"
#include "guidepost/model.h"

namespace guidepost {

enum class MentionStatus : uint8_t {
  Affirmed, Disputed,                                   // count
  Negated, Hypothetical, Historical, OtherPerson, Lookalike,  // set aside
  Corrected,    // an earlier mention a later correction takes back
  Included,     // a behavior read as part of another in its sentence
  Conflicting,  // a yes/no fact the description both affirms and denies
  Repeated      // a behavior said to go on over time, read as another
};
const char* mention_status_name(MentionStatus s);

struct Mention {
  bool behavior = true;  // else a fact value
  int index = -1;        // behavior or fact
  int64_t value = 0;     // fact value
  uint32_t begin = 0, end = 0;  // bytes of the words
  bool typo = false;            // matched through a one-letter slip
  MentionStatus status = MentionStatus::Affirmed;
  std::string trigger;          // the trigger id that set the status
  uint32_t trigger_begin = 0, trigger_end = 0;
  // Within a correction's scope ("turned out to be", "there was no"): this
  // mention takes back the earlier mentions of its behavior or fact.
  bool corrects = false;
  std::string correction;       // that trigger's id
  uint32_t correction_begin = 0, correction_end = 0;
  // Within a repetition's scope ("every day", "for weeks"): a behavior that
  // another `repeats` is read as that one.
  bool repeated = false;
  std::string repetition;       // that trigger's id
  uint32_t repetition_begin = 0, repetition_end = 0;
};

class Reader {
 public:
  static std::shared_ptr<const Reader> compile(const Model& m);
  ~Reader();
  // Every mention found, in text order.
  void read(std::string_view text, std::vector<Mention>& out) const;
  struct Impl;

 private:
  explicit Reader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Byte offset of the first byte that is not valid UTF-8, if any: a
// description is checked before it is read.
std::optional<size_t> invalid_utf8_at(std::string_view text);

// Adds what the description says to the incident. What the incident gives
// already wins: a given fact or behavior is kept, and the description's
// mention of it stays as evidence.
void apply_reading(const Model& m, std::string_view text, const std::vector<Mention>& mentions,
                   Incident& in);

}  // namespace guidepost
