// Whom a behavior is aimed at: a staff member as its object, never one who
// is only nearby, and only for the behaviors the policy names.
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

}  // namespace
}  // namespace guidepost
