// Deciding one structured incident on the Minnesota model: the fast path
// (no explanation) and the summary explanation.
#include <benchmark/benchmark.h>

#include "guidepost/explain.h"
#include "guidepost/incident_reader.h"
#include "minnesota_plan.h"

namespace {

std::shared_ptr<const guidepost::Plan> plan() { return guidepost::bench::minnesota_plan(); }

guidepost::Incident incident(const char* json) {
  guidepost::IncidentReader reader(plan());
  guidepost::Incident in;
  guidepost::IncidentError err;
  if (!reader.read(json, in, err)) std::abort();
  return in;
}

const char* kFight =
    R"({"behaviors": ["fighting"], "facts": {"injury": "minor", "participants": 2, "grade": 8, "location": "cafeteria"}})";
const char* kKnife =
    R"({"behaviors": ["weapon_possession"], "facts": {"weapon": "knife", "imminent_threat": false, "iep": true}})";

void BM_DecideCore(benchmark::State& state, const char* json) {
  auto p = plan();
  if (!p) return state.SkipWithError("policy did not load");
  auto in = incident(json);
  guidepost::Scratch s;
  s.size_for(*p);
  for (auto _ : state) benchmark::DoNotOptimize(guidepost::decide_core(*p, in, s));
}
BENCHMARK_CAPTURE(BM_DecideCore, fight, kFight)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(BM_DecideCore, knife, kKnife)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_DecideSummary(benchmark::State& state, const char* json) {
  auto p = plan();
  if (!p) return state.SkipWithError("policy did not load");
  auto in = incident(json);
  for (auto _ : state) benchmark::DoNotOptimize(guidepost::decide(*p, in));
}
BENCHMARK_CAPTURE(BM_DecideSummary, fight, kFight)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(BM_DecideSummary, knife, kKnife)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
