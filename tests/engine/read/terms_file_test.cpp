// Terms files: behavior terms kept as data beside the policy, read as if
// written in it, with evidence and diagnostics that point into the file.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../test_policy.h"
#include "guidepost/reader.h"

namespace guidepost {
namespace {

namespace fs = std::filesystem;

struct TermsDir {
  fs::path dir = fs::temp_directory_path() / ("guidepost-terms-" + std::to_string(::getpid()));
  TermsDir() {
    fs::create_directories(dir);
    std::ofstream(dir / "guidepost.json") << "{}";
  }
  ~TermsDir() { fs::remove_all(dir); }
};

TEST(TermsFile, TermsAreRecognisedWithTheirWords) {
  TermsDir d;
  std::ofstream(d.dir / "terms.tsv") << "# comment line\n"
                                        "fighting\tthrew hands\n"
                                        "fighting   squared up   # after a comment sign\n"
                                        "\n"
                                        "theft\tpinched\n";
  std::ofstream(d.dir / "p.policy") << R"(
terms "terms.tsv"
level 3 "x" { }
behavior fighting { level 3 terms "fight" }
behavior theft { level 3 }
)";
  LoadResult r = load_policy((d.dir / "p.policy").string());
  ASSERT_TRUE(r.ok());
  const Model& m = *r.model;
  auto& fighting = m.behaviors[m.behavior_index.at("fighting")];
  std::vector<std::string> terms;
  for (auto& t : fighting.terms) terms.push_back(t);
  EXPECT_EQ(terms, (std::vector<std::string>{"fight", "threw hands", "squared up"}));

  auto p = compile_plan(r.model);
  std::string text = "Two boys squared up in the hall; one pinched a phone.";
  std::vector<Mention> ms;
  p->reader->read(text, ms);
  Incident in;
  apply_reading(m, text, ms, in);
  std::vector<std::string> found;
  for (auto& e : in.behavior_evidence)
    for (auto& ev : e.evidence) {
      EXPECT_EQ(text.substr(ev.begin, ev.end - ev.begin), ev.text);
      found.push_back(m.behaviors[static_cast<size_t>(e.behavior)].name + ":" + ev.text);
    }
  EXPECT_EQ(found, (std::vector<std::string>{"fighting:squared up", "theft:pinched"}));
}

TEST(TermsFile, BadLinesAreReportedAtTheirLine) {
  TermsDir d;
  std::ofstream(d.dir / "terms.tsv") << "fighting\tthrew hands\nfigthing\tpunched him\ntheft\n";
  std::ofstream(d.dir / "p.policy") << R"(
terms "terms.tsv"
level 3 "x" { }
behavior fighting { level 3 }
behavior theft { level 3 }
)";
  LoadResult r = load_policy((d.dir / "p.policy").string());
  ASSERT_FALSE(r.ok());
  std::vector<std::string> got;
  for (auto& x : r.diagnostics.items())
    got.push_back(r.sources->get(x.span.file)->path + ":" + std::to_string(x.span.line) + ":" +
                  std::to_string(x.span.col) + " " + x.rule);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_NE(got[0].find("terms.tsv:2:1 unknown-name"), std::string::npos) << got[0];
  EXPECT_NE(got[1].find("terms.tsv:3:6 empty-term"), std::string::npos) << got[1];
}

TEST(TermsFile, OddLineEndsAndAByteOrderMarkAreRead) {
  TermsDir d;
  std::ofstream(d.dir / "terms.tsv") << "\xEF\xBB\xBFtheft\tpinched\rfighting\tthrew hands\r\n";
  std::ofstream(d.dir / "p.policy") << R"(
terms "terms.tsv"
level 3 "x" { }
behavior fighting { level 3 }
behavior theft { level 3 }
)";
  LoadResult r = load_policy((d.dir / "p.policy").string());
  ASSERT_TRUE(r.ok());
  auto& theft = r.model->behaviors[r.model->behavior_index.at("theft")].terms;
  auto& fighting = r.model->behaviors[r.model->behavior_index.at("fighting")].terms;
  EXPECT_EQ(theft, std::vector<std::string>{"pinched"});
  EXPECT_EQ(fighting, std::vector<std::string>{"threw hands"});
}

TEST(TermsFile, ALinkOutOfTheRootIsRefused) {
  TermsDir d;
  fs::path outside = d.dir.parent_path() / ("guidepost-outside-" + std::to_string(::getpid()) + ".tsv");
  std::ofstream(outside) << "secret\tline\n";
  fs::create_symlink(outside, d.dir / "terms.tsv");
  std::ofstream(d.dir / "p.policy") << "terms \"terms.tsv\"\nlevel 3 \"x\" { }\n";
  LoadResult r = load_policy((d.dir / "p.policy").string());
  fs::remove(outside);
  ASSERT_FALSE(r.ok());
  std::string all;
  for (auto& x : r.diagnostics.items()) all += x.rule + ": " + x.message + "\n";
  EXPECT_NE(all.find("import-escapes-root"), std::string::npos) << all;
  EXPECT_EQ(all.find("secret"), std::string::npos) << all;
}

}  // namespace
}  // namespace guidepost
