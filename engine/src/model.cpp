#include "guidepost/model.h"

namespace guidepost {

namespace {
const char* const kActionNames[] = {"involve", "question", "search", "cite", "arrest", "restrain"};
}

const char* sro_action_name(SroAction a) { return kActionNames[static_cast<int>(a)]; }

std::optional<SroAction> sro_action_from(const std::string& s) {
  for (int i = 0; i < kSroActionCount; ++i)
    if (s == kActionNames[i]) return static_cast<SroAction>(i);
  return std::nullopt;
}

const char* duty_kind_name(DutyKind d) {
  switch (d) {
    case DutyKind::Notify: return "notify";
    case DutyKind::Consult: return "consult";
    case DutyKind::Emergency: return "emergency";
  }
  return "";
}

std::string FactDef::format(int64_t v) const {
  switch (kind) {
    case FactKind::Bool: return v ? "true" : "false";
    case FactKind::Int: return std::to_string(v);
    case FactKind::Enum:
      return v >= 0 && v < static_cast<int64_t>(values.size()) ? values[v] : "?";
  }
  return "?";
}

const LevelDef* Model::level(int64_t number) const {
  for (auto& l : levels)
    if (l.number == number) return &l;
  return nullptr;
}

const ClauseDef* Model::clause(const std::string& number) const {
  for (auto& a : agreements)
    for (auto& c : a.clauses)
      if (c.number == number) return &c;
  return nullptr;
}

}  // namespace guidepost
