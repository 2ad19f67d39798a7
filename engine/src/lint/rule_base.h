// A rule's boilerplate: its RuleInfo, held by the rule. Each rule file
// defines one class on top of it and one accessor, listed in registry.cpp.
#pragma once

#include <utility>

#include "guidepost/lint.h"
#include "lint/analysis.h"
#include "lint/context.h"

namespace guidepost::lint {

class RuleBase : public Rule {
 public:
  explicit RuleBase(RuleInfo info) : info_(std::move(info)) {}
  const RuleInfo& info() const override { return info_; }

 private:
  RuleInfo info_;
};

// "`x`"
inline std::string q(const std::string& s) { return "`" + s + "`"; }

}  // namespace guidepost::lint
