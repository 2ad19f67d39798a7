// Loading and checking policies: the bundled ones and a generated policy
// with 1,000 behaviors and 2,000 clauses.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "generated_policy.h"
#include "guidepost/policy.h"

namespace {

void load(benchmark::State& state, const std::string& path) {
  for (auto _ : state) {
    auto r = guidepost::load_policy(path);
    if (!r.ok()) state.SkipWithError("policy has errors");
    benchmark::DoNotOptimize(r.model);
  }
}

void BM_LoadGenerated(benchmark::State& state) {
  std::string text = guidepost::bench::generated_policy(1000, 2000);
  auto path = std::filesystem::temp_directory_path() / "guidepost-generated.policy";
  std::ofstream(path) << text;
  state.counters["bytes"] = static_cast<double>(text.size());
  load(state, path.string());
  std::filesystem::remove(path);
}
BENCHMARK(BM_LoadGenerated)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void register_bundled() {
  namespace fs = std::filesystem;
  fs::path root = fs::path(GUIDEPOST_SOURCE_DIR) / "policies";
  std::error_code ec;
  for (auto& dir : fs::directory_iterator(root, ec)) {
    if (!dir.is_directory()) continue;
    fs::path main = dir.path() / (dir.path().filename().string() + ".policy");
    if (!fs::exists(main)) main = dir.path() / "vocabulary.policy";
    if (!fs::exists(main)) continue;
    std::string p = main.string();
    benchmark::RegisterBenchmark(("BM_LoadBundled/" + dir.path().filename().string()).c_str(),
                                 [p](benchmark::State& s) { load(s, p); })
        ->Unit(benchmark::kMillisecond)
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_bundled();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
