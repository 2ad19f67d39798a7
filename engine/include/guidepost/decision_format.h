// A decision as JSON (the stable contract of docs/decision-json.md) and as
// text written for a principal.
#pragma once

#include <optional>
#include <string>

#include "guidepost/explain.h"

namespace guidepost {

struct FormatOptions {
  std::optional<long> record;  // batch line number, from 1
  bool trace = true;           // include "changes"/"trace" as computed
};

void append_decision_json(std::string& out, const Plan& plan, const Decision& d,
                          const FormatOptions& o = {});
std::string decision_text(const Plan& plan, const Decision& d);

// The compact decision of the fast path (no explanation), for large batches.
void append_core_json(std::string& out, const Plan& plan, const Incident& in,
                      const CoreDecision& d, const Scratch& s, long record);

// JSON string escaping.
void append_json_string(std::string& out, std::string_view s);

}  // namespace guidepost
