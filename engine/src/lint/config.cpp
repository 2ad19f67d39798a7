// The `lint` section of guidepost.json.
#include <nlohmann/json.hpp>

#include "guidepost/lint.h"

namespace guidepost::lint {

bool Config::enabled(std::string_view id) const {
  auto it = rules.find(id);
  return it == rules.end() || it->second.has_value();
}

Severity Config::severity(const RuleInfo& r) const {
  auto it = rules.find(r.id);
  if (it == rules.end() || !it->second) return r.severity;
  return *it->second;
}

std::optional<Config> parse_config(std::string_view text, std::string& error) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    error = "not valid JSON";
    return std::nullopt;
  }
  if (!j.is_object()) {
    error = "expected a JSON object";
    return std::nullopt;
  }
  Config c;
  auto lint = j.find("lint");
  if (lint == j.end()) return c;  // other tools' settings only
  if (!lint->is_object()) {
    error = "`lint` must be an object: {\"rules\": {...}}";
    return std::nullopt;
  }
  for (auto& [key, value] : lint->items()) {
    if (key != "rules") {
      error = "unknown key `lint." + key + "`; the lint section has `rules`";
      return std::nullopt;
    }
    if (!value.is_object()) {
      error = "`lint.rules` must be an object of rule ids";
      return std::nullopt;
    }
    for (auto& [id, setting] : value.items()) {
      if (!find_rule(id)) {
        std::vector<std::string> ids;
        for (auto* r : rules()) ids.push_back(r->info().id);
        std::string near = closest_name(id, ids);
        error = "unknown lint rule `" + id + "`" +
                (near.empty() ? std::string() : "; did you mean `" + near + "`?");
        return std::nullopt;
      }
      std::string s = setting.is_string() ? setting.get<std::string>() : std::string();
      if (s == "off") c.rules[id] = std::nullopt;
      else if (s == "warning") c.rules[id] = Severity::Warning;
      else if (s == "error") c.rules[id] = Severity::Error;
      else {
        error = "rule `" + id + "`: expected \"off\", \"warning\" or \"error\", got " +
                setting.dump();
        return std::nullopt;
      }
    }
  }
  return c;
}

}  // namespace guidepost::lint
