// Reading a description with the Minnesota model, for the reader's tests:
// what was recognised, and a check that every span is the text it claims.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "../test_policy.h"
#include "guidepost/incident_reader.h"
#include "guidepost/reader.h"

namespace guidepost {
namespace {

std::shared_ptr<const Plan> mn() {
  static auto p = [] {
    LoadResult r = load_policy(std::string(GUIDEPOST_SOURCE_DIR) +
                               "/policies/minnesota-model/minnesota-model.policy");
    EXPECT_TRUE(r.ok());
    return compile_plan(r.model);
  }();
  return p;
}

struct Read {
  Incident in;
  std::vector<Mention> mentions;
  std::string text;
  bool has(const std::string& behavior) const {
    const Model& m = *mn()->model;
    int b = m.behavior_index.at(behavior);
    return std::find(in.behaviors.begin(), in.behaviors.end(), b) != in.behaviors.end();
  }
  std::optional<std::string> fact(const std::string& name) const {
    const Model& m = *mn()->model;
    int f = m.fact_index.at(name);
    for (auto& g : in.facts)
      if (g.fact == f) return m.facts[f].format(g.value);
    return std::nullopt;
  }
  std::string status_of(const std::string& words) const {
    for (auto& sa : in.set_aside)
      if (sa.words.text == words) return sa.status;
    return "counted";
  }
};

Read read(const std::string& text) {
  Read r;
  r.text = text;
  mn()->reader->read(text, r.mentions);
  apply_reading(*mn()->model, text, r.mentions, r.in);
  // Every span is the text it claims to be.
  for (auto& mt : r.mentions) {
    EXPECT_LE(mt.end, text.size());
    EXPECT_LT(mt.begin, mt.end);
  }
  for (auto& be : r.in.behavior_evidence)
    for (auto& e : be.evidence) EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.text);
  for (auto& g : r.in.facts)
    for (auto& e : g.evidence) EXPECT_EQ(text.substr(e.begin, e.end - e.begin), e.text);
  for (auto& sa : r.in.set_aside) {
    EXPECT_EQ(text.substr(sa.words.begin, sa.words.end - sa.words.begin), sa.words.text);
    EXPECT_EQ(text.substr(sa.trigger.begin, sa.trigger.end - sa.trigger.begin), sa.trigger.text);
  }
  return r;
}

}  // namespace
}  // namespace guidepost
