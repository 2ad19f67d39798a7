// Reading descriptions: one 300-character description read and decided,
// and reading throughput over the labelled corpus's texts.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "guidepost/explain.h"
#include "minnesota_plan.h"
#include "guidepost/reader.h"

namespace {

std::shared_ptr<const guidepost::Plan> plan() { return guidepost::bench::minnesota_plan(); }

// 300 characters, in the register of a principal's incident note.
const std::string kDescription =
    "Two 8th graders got into a fight in the cafeteria during second lunch; one has a "
    "bloody nose and the nurse is looking at it. No weapons were involved. The other "
    "student says he was pushed first and denies throwing the first punch. Both are in "
    "the office now and parents have been called by the AP.";

void BM_ReadAndDecide(benchmark::State& state) {
  auto p = plan();
  if (!p) return state.SkipWithError("policy did not load");
  std::vector<guidepost::Mention> mentions;
  guidepost::Scratch s;
  s.size_for(*p);
  for (auto _ : state) {
    guidepost::Incident in;
    p->reader->read(kDescription, mentions);
    guidepost::apply_reading(*p->model, kDescription, mentions, in);
    benchmark::DoNotOptimize(guidepost::decide_core(*p, in, s));
  }
  state.counters["chars"] = static_cast<double>(kDescription.size());
}
BENCHMARK(BM_ReadAndDecide)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_ReadThroughput(benchmark::State& state) {
  auto p = plan();
  if (!p) return state.SkipWithError("policy did not load");
  std::ifstream f(std::string(GUIDEPOST_SOURCE_DIR) + "/tests/nl/corpus.jsonl");
  std::vector<std::string> texts;
  std::string line;
  size_t bytes = 0;
  while (std::getline(f, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text")) {
      texts.push_back(j["text"]);
      bytes += texts.back().size();
    }
  }
  std::vector<guidepost::Mention> mentions;
  for (auto _ : state)
    for (auto& t : texts) {
      p->reader->read(t, mentions);
      benchmark::DoNotOptimize(mentions.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ReadThroughput)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
