// Bad incident input: every mistake names its field; nothing is dropped.
#include <cstring>

#include "guidepost/batch.h"
#include "guidepost/incident_reader.h"
#include "test_policy.h"

namespace guidepost {
namespace {

const char* kPolicy = R"(
facts {
  weapon : enum { none, knife, firearm } = none
  participants : int 1..200 = 1
  iep : bool = false
}
level 3 "x" { }
behavior fighting { level 3 }
agreement { clause 1 { paraphrase "a" permit sro.involve when participants >= 3 } }
)";

struct ReaderTest : ::testing::Test {
  std::shared_ptr<const Plan> plan = testing::plan_of(kPolicy);
  IncidentReader reader{plan};
  Incident in;
  IncidentError err;
  bool read(std::string_view s) { return reader.read(s, in, err); }
};

TEST_F(ReaderTest, ReadsAWellFormedIncident) {
  ASSERT_TRUE(read(R"({"id": "a1", "behaviors": ["fighting"], "facts": {"weapon": "knife", "participants": 4, "iep": true}})"))
      << err.message;
  EXPECT_EQ(in.id, "a1");
  EXPECT_EQ(in.behaviors.size(), 1u);
  EXPECT_EQ(in.facts.size(), 3u);
}

TEST_F(ReaderTest, UnknownFactNamesTheFieldAndSuggests) {
  EXPECT_FALSE(read(R"({"facts": {"wepon": "knife"}})"));
  EXPECT_EQ(err.field, "facts.wepon");
  EXPECT_NE(err.message.find("did you mean `weapon`"), std::string::npos) << err.message;
}

TEST_F(ReaderTest, UnknownBehaviorNamesItsIndex) {
  EXPECT_FALSE(read(R"({"behaviors": ["fighting", "fihgting2"]})"));
  EXPECT_EQ(err.field, "behaviors[1]");
}

TEST_F(ReaderTest, WrongTypes) {
  EXPECT_FALSE(read(R"({"facts": {"iep": "yes"}})"));
  EXPECT_EQ(err.field, "facts.iep");
  EXPECT_FALSE(read(R"({"facts": {"participants": "three"}})"));
  EXPECT_EQ(err.field, "facts.participants");
  EXPECT_FALSE(read(R"({"facts": {"weapon": 3}})"));
  EXPECT_EQ(err.field, "facts.weapon");
  EXPECT_FALSE(read(R"({"facts": {"participants": 2.5}})"));
  EXPECT_FALSE(read(R"({"behaviors": "fighting"})"));
  EXPECT_EQ(err.field, "behaviors");
  EXPECT_FALSE(read(R"([1, 2])"));
}

TEST_F(ReaderTest, ValueOutsideItsRange) {
  EXPECT_FALSE(read(R"({"facts": {"participants": 500}})"));
  EXPECT_EQ(err.field, "facts.participants");
  EXPECT_NE(err.message.find("1..200"), std::string::npos);
  EXPECT_FALSE(read(R"({"facts": {"participants": 99999999999999999999999}})"));
  EXPECT_FALSE(read(R"({"facts": {"weapon": "sword"}})"));
}

TEST_F(ReaderTest, MalformedJson) {
  EXPECT_FALSE(read(R"({"behaviors": ["fighting"],})"));
  EXPECT_NE(err.message.find("malformed JSON"), std::string::npos) << err.message;
  EXPECT_FALSE(read(R"({"behaviors": ["fighting")"));
  EXPECT_NE(err.message.find("malformed JSON"), std::string::npos) << err.message;
  EXPECT_FALSE(read("{} {}"));
  EXPECT_FALSE(read(""));
  EXPECT_FALSE(read("\xff\xfe"));
}

TEST_F(ReaderTest, UnknownTopLevelFieldIsAnError) {
  EXPECT_FALSE(read(R"({"behaviours": ["fighting"]})"));
  EXPECT_EQ(err.field, "behaviours");
  EXPECT_NE(err.message.find("did you mean `behaviors`"), std::string::npos);
}

TEST_F(ReaderTest, FactGivenTwice) {
  EXPECT_FALSE(read(R"({"facts": {"iep": true, "iep": false}})"));
}

TEST_F(ReaderTest, HugeRecordIsRefused) {
  std::string big = R"({"id": ")" + std::string(2u << 20, 'x') + R"("})";
  EXPECT_FALSE(read(big));
  EXPECT_NE(err.message.find("limit"), std::string::npos);
}

std::string batch(const std::shared_ptr<const Plan>& p, const std::string& input, BatchStats* st,
                  int threads = 2, size_t block = 64) {
  size_t pos = 0;
  std::string out;
  BatchOptions o;
  o.explain = false;
  o.threads = threads;
  o.block_bytes = block;
  *st = run_batch(
      p,
      [&](char* b, size_t n) {
        size_t k = std::min(n, input.size() - pos);
        std::memcpy(b, input.data() + pos, k);
        pos += k;
        return k;
      },
      [&](std::string_view s) { out += s; }, o);
  return out;
}

TEST_F(ReaderTest, BatchKeepsOrderReportsBadRecordsAndGoesOn) {
  std::string input;
  for (int i = 1; i <= 50; ++i) {
    if (i == 7) input += "{\"facts\": {\"participants\": 0}}\n";
    else if (i == 9) input += "\n";  // blank: skipped, but keeps its number
    else if (i == 20) input += "not json\n";
    else input += "{\"id\": \"r" + std::to_string(i) + "\", \"behaviors\": [\"fighting\"]}\n";
  }
  BatchStats st;
  std::string out = batch(plan, input, &st);
  EXPECT_EQ(st.records, 49u);
  EXPECT_EQ(st.failed, 2u);
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    lines.push_back(out.substr(pos, nl - pos));
    pos = nl + 1;
  }
  ASSERT_EQ(lines.size(), 49u);
  for (size_t i = 0; i < lines.size(); ++i) {
    long want = static_cast<long>(i) + 1 + (i >= 8 ? 1 : 0);
    EXPECT_EQ(lines[i].rfind("{\"record\":" + std::to_string(want) + ",", 0), 0u) << lines[i];
  }
  EXPECT_NE(lines[6].find("\"field\":\"facts.participants\""), std::string::npos) << lines[6];
  EXPECT_NE(lines[18].find("malformed JSON"), std::string::npos) << lines[18];
}

TEST_F(ReaderTest, BatchReportsAnOversizedLineAndGoesOn) {
  std::string input = "{\"behaviors\": [\"fighting\"]}\n{\"id\": \"" + std::string(3u << 20, 'y') +
                      "\"}\n{\"behaviors\": [\"fighting\"]}\n";
  BatchStats st;
  std::string out = batch(plan, input, &st, 2, 1u << 16);
  EXPECT_EQ(st.records, 3u);
  EXPECT_EQ(st.failed, 1u);
  EXPECT_NE(out.find("{\"record\":2,\"error\""), std::string::npos);
  EXPECT_NE(out.find("{\"record\":3,"), std::string::npos);
  EXPECT_LT(out.size(), 4096u);
}

TEST_F(ReaderTest, BatchOfNothingIsNothing) {
  BatchStats st;
  EXPECT_EQ(batch(plan, "", &st), "");
  EXPECT_EQ(st.records, 0u);
}

TEST_F(ReaderTest, BatchWithoutFinalNewline) {
  BatchStats st;
  std::string out = batch(plan, "{\"behaviors\": [\"fighting\"]}", &st);
  EXPECT_EQ(st.records, 1u);
  EXPECT_EQ(out.rfind("{\"record\":1,\"outcome\":\"staff\"", 0), 0u) << out;
}

}  // namespace
}  // namespace guidepost
