// A decision as JSON (the stable contract of docs/decision-json.md) and as
// text written for a principal.
#pragma once

#include <memory>
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
// Built once per plan: it escapes the plan's names ahead of time.
class CoreJsonWriter {
 public:
  explicit CoreJsonWriter(std::shared_ptr<const Plan> plan);
  ~CoreJsonWriter();
  CoreJsonWriter(CoreJsonWriter&&) noexcept;
  void append(std::string& out, const Incident& in, const CoreDecision& d, const Scratch& s,
              long record) const;

 private:
  struct Names;
  std::shared_ptr<const Plan> plan_;
  std::unique_ptr<Names> names_;
};

// JSON string escaping.
void append_json_string(std::string& out, std::string_view s);

}  // namespace guidepost
