// Whom a behavior is aimed at: a staff member as its object, never one who
// is only nearby, and only for the behaviors the policy names.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "reading.h"

namespace guidepost {
namespace {

TEST(StaffTarget, AStaffWordAsTheObject) {
  EXPECT_EQ(read("K student bit para on forearm during centers").fact("target_staff"), "true");
  EXPECT_EQ(read("kid threw a punch at his teacher, missed").fact("target_staff"), "true");
  EXPECT_EQ(read("2nd grader bit and kicked the para during recess").fact("target_staff"), "true");
}

TEST(StaffTarget, WordsSaidToAStaffMember) {
  EXPECT_EQ(read("Gr 12 M told teacher 'f*** you' when asked to take hat off.")
                .fact("target_staff"),
            "true");
}

TEST(StaffTarget, UnquotedWordsToANamedStaffMemberAndCensoredWords) {
  EXPECT_EQ(read("devin told ms ruiz touch my phone again n ill slap you").fact("target_staff"),
            "true");
  EXPECT_EQ(read("He screamed \"youre a fat ugly b*tch\" right in Mrs. Polk's face.")
                .fact("target_staff"),
            "true");
  EXPECT_EQ(read("A 5th grader told his teahcer 'shut up, you idiot' and threw his book.")
                .fact("target_staff"),
            "true");
  // Telling a classmate is not aimed at staff.
  EXPECT_EQ(read("devin told a classmate touch my phone again n ill slap you").fact("target_staff"),
            std::nullopt);
}

TEST(StaffTarget, APassiveWithTheStaffMemberFirst) {
  EXPECT_EQ(read("the sub in rm 12 got cussed out by a 10th grader").fact("target_staff"), "true");
}

TEST(StaffTarget, NotAStaffMemberNearby) {
  // The teacher stepped in; the punch was aimed at a student.
  EXPECT_EQ(read("He punched a kid and the teacher broke it up").fact("target_staff"),
            std::nullopt);
  // A desk is not a person.
  EXPECT_EQ(read("1st gr F took $5 from teacher's desk drawer").fact("target_staff"),
            std::nullopt);
  // Nor is the one who broke it up, named inside the phrase.
  EXPECT_EQ(read("both of them were throwing punches until Mr. Diaz got there").fact("target_staff"),
            std::nullopt);
  EXPECT_EQ(read("they were throwing punches until the teacher pulled them apart").fact("target_staff"),
            std::nullopt);
  EXPECT_EQ(read("they were throwing punches when our para walked in").fact("target_staff"),
            std::nullopt);
  // Aimed at the teacher still counts.
  EXPECT_EQ(read("he threw a punch at the teacher when she took his phone").fact("target_staff"),
            "true");
}

TEST(StaffTarget, OnlyForTheBehaviorsThePolicyNames) {
  // Disruption and defiance happen in front of staff; they are not aimed.
  EXPECT_EQ(read("jaylen wont stop yelling over me and now hes throwing markers")
                .fact("target_staff"),
            std::nullopt);
  EXPECT_EQ(read("refused to line up and argued with the para").fact("target_staff"),
            std::nullopt);
}

TEST(StaffTarget, ContextAppliesToIt) {
  auto r = read("To be fair, he didn't swear at me or get loud.");
  EXPECT_EQ(r.fact("target_staff"), std::nullopt);
}

TEST(StaffTarget, ADistrictsOwnRuleReplacesTheImportedOne) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("guidepost-targets-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "guidepost.json") << "{}";
  std::ofstream(dir / "shared.policy") << R"(
facts { target_staff: bool = false }
level 3 "x" { }
behavior assault { level 3 terms "punched" }
behavior theft { level 3 terms "stole from" }
recognize { target_staff: aimed_at_staff for assault }
)";
  std::ofstream(dir / "district.policy") << R"(
import "shared.policy"
recognize { target_staff: aimed_at_staff for theft }
)";
  LoadResult r = load_policy((dir / "district.policy").string());
  fs::remove_all(dir);
  ASSERT_TRUE(r.ok());
  auto p = compile_plan(r.model);
  auto aimed = [&](const std::string& text) {
    std::vector<Mention> ms;
    p->reader->read(text, ms);
    Incident in;
    apply_reading(*r.model, text, ms, in);
    return !in.facts.empty();
  };
  EXPECT_TRUE(aimed("He stole from his teacher."));
  EXPECT_FALSE(aimed("He punched his teacher."));
}

}  // namespace
}  // namespace guidepost
