// Trigger files: a district extends the shared list, replaces a trigger by
// id, and turns one off.
#include <filesystem>
#include <fstream>

#include "../test_policy.h"
#include "guidepost/reader.h"

namespace guidepost {
namespace {

namespace fs = std::filesystem;

TEST(ContextFile, LaterFilesReplaceAndTurnOffTriggers) {
  fs::path dir = fs::temp_directory_path() / ("guidepost-context-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "guidepost.json") << "{}";
  std::ofstream(dir / "shared.tsv") << "neg-no negated before no\nneg-never negated before never\n"
                                       "his-last-year historical after last year\n";
  // The district: "last year" is fine to count here; "never" is turned off.
  std::ofstream(dir / "district.tsv") << "his-last-year historical after years ago\nneg-never off\n";
  std::ofstream(dir / "p.policy") << R"(
context "shared.tsv"
context "district.tsv"
level 3 "x" { }
behavior fighting { level 3 terms "fight", "fighting" }
)";
  LoadResult r = load_policy((dir / "p.policy").string());
  ASSERT_TRUE(r.ok());
  auto p = compile_plan(r.model);
  std::vector<std::string> ids;
  for (auto& t : r.model->triggers) ids.push_back(t.id + ":" + t.phrase);
  EXPECT_EQ(ids, (std::vector<std::string>{"neg-no:no", "his-last-year:years ago"}));

  auto count = [&](const std::string& text) {
    Incident in;
    std::vector<Mention> ms;
    p->reader->read(text, ms);
    apply_reading(*r.model, text, ms, in);
    return in.behaviors.size();
  };
  EXPECT_EQ(count("There was no fight."), 0u);
  EXPECT_EQ(count("He never started the fight."), 1u);   // turned off
  EXPECT_EQ(count("A fight last year."), 1u);            // replaced
  EXPECT_EQ(count("A fight two years ago."), 0u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace guidepost

namespace guidepost {
namespace {

// Words remembered from one policy's reader must not leak into the next,
// even when the next is built where the first one was.
TEST(ContextFile, EachReaderReadsWithItsOwnWords) {
  for (int round = 0; round < 3; ++round) {
    auto fights = testing::plan_of(R"(level 3 "x" { } behavior fighting { level 3 terms "scuffle" })");
    auto thefts = testing::plan_of(R"(level 3 "x" { } behavior theft { level 3 terms "pinched" })");
    std::vector<Mention> ms;
    fights->reader->read("a scuffle", ms);
    EXPECT_EQ(ms.size(), 1u);
    fights.reset();
    thefts->reader->read("a scuffle", ms);
    EXPECT_TRUE(ms.empty());
    thefts->reader->read("he pinched it", ms);
    EXPECT_EQ(ms.size(), 1u);
  }
}

}  // namespace
}  // namespace guidepost
