// Comparing policies: the Minnesota model against a copy with five clauses
// changed, and two generated policies of 500 clauses each.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "generated_policy.h"
#include "guidepost/diff.h"
#include "guidepost/policy.h"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace(std::string& s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  if (at == std::string::npos) throw std::runtime_error("benchmark edit not found: " + from);
  s.replace(at, from.size(), to);
}

std::shared_ptr<const guidepost::Plan> load(const fs::path& p) {
  auto r = guidepost::load_policy(p.string());
  if (!r.ok()) throw std::runtime_error("policy did not load: " + p.string());
  return guidepost::compile_plan(r.model);
}

void BM_DiffMinnesotaFiveClausesChanged(benchmark::State& state) {
  fs::path src = fs::path(GUIDEPOST_SOURCE_DIR) / "policies";
  fs::path dir = fs::temp_directory_path() / "guidepost-diff-bench";
  fs::remove_all(dir);
  fs::create_directories(dir / "minnesota-model");
  fs::copy(src / "std", dir / "std", fs::copy_options::recursive);
  fs::copy(src / "guidepost.json", dir / "guidepost.json");
  std::string mn = read(src / "minnesota-model" / "minnesota-model.policy");
  // Five clauses, five kinds of change a renegotiation makes.
  replace(mn, "permit sro.arrest when high_threat or imminent_threat",
          "permit sro.arrest when high_threat or imminent_threat or weapon == other");          // 3.1
  replace(mn, "require notify(sro) when level >= 4", "require notify(sro) when level >= 3");      // 1.3
  replace(mn, "permit sro.search when high_threat", "permit sro.search when high_threat or drugs_possession");  // 3.3
  replace(mn, "require notify(parent) when imminent_threat", "require notify(parent) when imminent_threat or iep");  // 4.2
  replace(mn, "permit sro.involve when weapon == firearm", "permit sro.involve when weapon in { firearm, explosive }");  // 2.2
  std::ofstream(dir / "minnesota-model" / "minnesota-model.policy") << mn;
  auto a = load(src / "minnesota-model" / "minnesota-model.policy");
  auto b = load(dir / "minnesota-model" / "minnesota-model.policy");
  guidepost::DiffResult r;
  for (auto _ : state) r = guidepost::diff_policies(*a, *b);
  state.counters["incidents"] = static_cast<double>(r.incidents);
  state.counters["groups"] = static_cast<double>(r.groups.size());
  fs::remove_all(dir);
}
BENCHMARK(BM_DiffMinnesotaFiveClausesChanged)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_DiffGenerated500Clauses(benchmark::State& state) {
  fs::path dir = fs::temp_directory_path() / "guidepost-diff-bench-gen";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string a = guidepost::bench::generated_policy(250, 500), b = a;
  for (const char* n : {"participants >= 4", "participants >= 5", "participants >= 6"}) {
    auto at = b.rfind(n);
    if (at != std::string::npos) b.replace(at, std::string(n).size(), "participants >= 8");
  }
  std::ofstream(dir / "a.policy") << a;
  std::ofstream(dir / "b.policy") << b;
  auto pa = load(dir / "a.policy");
  auto pb = load(dir / "b.policy");
  guidepost::DiffResult r;
  for (auto _ : state) r = guidepost::diff_policies(*pa, *pb);
  state.counters["incidents"] = static_cast<double>(r.incidents);
  state.counters["groups"] = static_cast<double>(r.groups.size());
  fs::remove_all(dir);
}
BENCHMARK(BM_DiffGenerated500Clauses)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
