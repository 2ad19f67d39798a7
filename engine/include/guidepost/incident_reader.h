// Reading incidents given as JSON facts against a policy's vocabulary:
//   {"id": "a1", "behaviors": ["fighting"], "facts": {"injury": "minor"}}
// A bad record names the field at fault; nothing is dropped silently.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "guidepost/decide.h"

namespace guidepost {

struct IncidentError {
  std::string field;    // "facts.injury", "behaviors[1]", "" for the whole record
  std::string message;
};

class IncidentReader {
 public:
  explicit IncidentReader(std::shared_ptr<const Plan> plan);
  ~IncidentReader();
  IncidentReader(IncidentReader&&) noexcept;

  // `json` need not be padded. Returns false and fills `err` on bad input.
  bool read(std::string_view json, Incident& out, IncidentError& err);
  // The same, parsing in place when `readable` bytes from json.data() may be
  // read (simdjson reads a little past the end of the text).
  bool read(std::string_view json, size_t readable, Incident& out, IncidentError& err);
  static constexpr size_t kPadding = 64;

  static constexpr size_t kMaxRecordBytes = 1u << 20;

 private:
  bool read_fast(std::string_view json, size_t readable, Incident& out, IncidentError& err);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace guidepost
