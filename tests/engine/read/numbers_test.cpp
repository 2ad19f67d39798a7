// The built-in number readers: counts of actors (not labels, clock times,
// victims or witnesses), earlier incidents this school year, and values
// taken (not prices).
#include "reading.h"

namespace guidepost {
namespace {

TEST(Grades, AGradeInParenthesesAfterAName) {
  EXPECT_EQ(read("Marcus Dill (7th) showed up on the playground").fact("grade"), "7");
  EXPECT_EQ(read("Sofia G. (K) fell off the monkey bars").fact("grade"), "0");
  EXPECT_EQ(read("J. Whitaker (11) skipped 5th and 6th").fact("grade"), "11");
  // A number in parentheses that follows no name is not a grade.
  EXPECT_EQ(read("see page 4 (11) of the handbook").fact("grade"), std::nullopt);
  // Only after a name: not "his (2nd) offense" nor "policy section (4)".
  EXPECT_EQ(read("his (2nd) offense this year").fact("grade"), std::nullopt);
  EXPECT_EQ(read("see policy section (4) for details").fact("grade"), std::nullopt);
  EXPECT_EQ(read("sent jaylen (6th) to the office").fact("grade"), "6");
  // An ordinal outside parentheses still needs "grade" after it.
  EXPECT_EQ(read("the 3rd time he was late").fact("grade"), std::nullopt);
}

TEST(Grades, NotTheGradeOfWhomItWasDoneTo) {
  EXPECT_EQ(read("my son Ryan (gr 10) was threatened on snapchat last night").fact("grade"),
            std::nullopt);
  EXPECT_EQ(read("her son chris 10th got jumped at the bus stop").fact("grade"), std::nullopt);
  EXPECT_EQ(read("Sam (gr 10) was being loud during the test").fact("grade"), "10");
}

TEST(Grades, PluralsAndUsualSlips) {
  EXPECT_EQ(read("Four boys (all juniors) started throwing punches").fact("grade"), "11");
  EXPECT_EQ(read("a senoir shoved a kid against the bus shelter").fact("grade"), "12");
  EXPECT_EQ(read("Sophmore asked to use the restroom").fact("grade"), "10");
  EXPECT_EQ(read("soph dropped a puff bar in the locker room").fact("grade"), "10");
}

TEST(Counts, ACountWrittenAfterWhoItCounts) {
  EXPECT_EQ(read("Gr 4 boys x2 fist fight on playground").fact("participants"), "2");
  EXPECT_EQ(read("8th gr M x3 fighting in hallway").fact("participants"), "3");
  EXPECT_EQ(read("boys bathroom by gym. 7th gr x2 vaping (mango).").fact("participants"), "2");
  EXPECT_EQ(read("Gr 11 x2 (Bennett/Ruiz), bus loop 3:05, exchanged punches").fact("participants"), "2");
  EXPECT_EQ(read("3 sophmores found up on the auditorium catwalk").fact("participants"), "3");
  EXPECT_EQ(read("3 of my runners skipped 6th to go to mcdonalds").fact("participants"), "3");
  EXPECT_EQ(read("Gr 8, 2 M wrestling in hallway, stopped when told").fact("participants"), "2");
}

TEST(Counts, GuysSophsAndGradesWrittenBetween) {
  EXPECT_EQ(read("two gr 12 M in from fight in parking lot").fact("participants"), "2");
  EXPECT_EQ(read("caught 2 sophs blowing clouds in the 200 wing").fact("participants"), "2");
  EXPECT_EQ(read("12/4 gr8 x2 Rm 310 - copied unit test off a shared doc").fact("participants"), "2");
  EXPECT_EQ(read("3 of my jv guys were in the weight room").fact("participants"), "3");
}

TEST(Counts, LabelsAndClockTimesAreNotCounts) {
  // "Gr 4 boys" is a grade, "rm 114 kid" a room, "9:40 a student" a time.
  EXPECT_EQ(read("Gr 4 boys fighting at recess").fact("participants"), std::nullopt);
  EXPECT_EQ(read("send someone to rm 114 asap kid refusing to leave").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("At about 9:40 a student found a note saying there was a bomb in the gym")
                .fact("participants"),
            std::nullopt);
  // Digits joined by a slash or a point are a date or a code.
  EXPECT_EQ(read("12/8 gr 8 M reached under a girl's skirt in the auditorium").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("12/11 gr 12 M x3 spray painted the gym wall").fact("participants"), "3");
  EXPECT_EQ(read("INC 24-1302 | Code 5.10 | Gr 9 | Boys RR, lit paper towels").fact("participants"),
            std::nullopt);
  // A large number with a word between is a place, not a crowd.
  EXPECT_EQ(read("found unresponsive in the 200 wing boys' bathroom").fact("participants"),
            std::nullopt);
}

TEST(Counts, WhomItWasDoneToOrInFrontOfPastAHedge) {
  EXPECT_EQ(read("He AirDropped an image to at least four girls sitting near him").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("called him a slur in front of about six other students").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("about six students were fighting in the lot").fact("participants"), "6");
}

TEST(Counts, CrowdsWitnessesAFewWordsOnAndFBombsAreNotActors) {
  EXPECT_EQ(read("we had about 60 students in our section when the fight started").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("three students at the table said he yelled at her").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("2 kids bought one this morning").fact("participants"), std::nullopt);
  EXPECT_EQ(read("he dropped like 3 f bombs in gym").fact("participants"), std::nullopt);
  // Telling someone something is the act itself.
  EXPECT_EQ(read("Three girls in her class tell her she can't sit with them").fact("participants"),
            "3");
}

TEST(Counts, WitnessesVictimsAndBuyersAreNotActors) {
  EXPECT_EQ(read("a couple of kids said he smelled like alcohol").fact("participants"),
            std::nullopt);
  EXPECT_EQ(read("HS M sold THC edibles to 2 students in caf").fact("participants"), std::nullopt);
  EXPECT_EQ(read("6th gr boy jumped 1 student on field").fact("participants"), std::nullopt);
  EXPECT_EQ(read("a list of six student names").fact("participants"), std::nullopt);
  EXPECT_EQ(read("He dropped a couple of f-bombs when he missed").fact("participants"),
            std::nullopt);
}

TEST(Counts, DescribingWordsMayComeBetween) {
  EXPECT_EQ(read("3 of my 10th graders had the quiz key on their phones").fact("participants"),
            "3");
  EXPECT_EQ(read("jumped at the bus stop by 2 older kids").fact("participants"), "2");
  EXPECT_EQ(read("excluded by the same group of four girls").fact("participants"), "4");
}

TEST(PriorIncidents, AnOrdinalWithThisYearOrADisciplineWord) {
  EXPECT_EQ(read("Juul confiscated. 3rd vape offense this yr.").fact("prior_incidents"), "2");
  EXPECT_EQ(read("left class w/o pass, found in lot. 2nd time this yr.").fact("prior_incidents"),
            "1");
  EXPECT_EQ(read("This is his second referral for vaping.").fact("prior_incidents"), "1");
  EXPECT_EQ(read("Second false alarm this month from the same student.").fact("prior_incidents"),
            "1");
}

TEST(PriorIncidents, ANumberOfOtherIncidents) {
  EXPECT_EQ(read("Had one other vape referral earlier this yr.").fact("prior_incidents"), "1");
  EXPECT_EQ(read("called a peer a slur. 1 prior this yr for same.").fact("prior_incidents"), "1");
  EXPECT_EQ(read("She has two prior referrals for fighting.").fact("prior_incidents"), "2");
}

TEST(PriorIncidents, NotTheThirdTimeOfAskingNorAGrade) {
  EXPECT_EQ(read("refusing to leave, 3rd time ive asked him").fact("prior_incidents"),
            std::nullopt);
  EXPECT_EQ(read("a 3rd grade boy in 2nd period this year").fact("prior_incidents"),
            std::nullopt);
  // An earlier year is history, not this year's count.
  auto r = read("Vape in his bag. Last year was his 3rd offense.");
  EXPECT_EQ(r.fact("prior_incidents"), std::nullopt);
}

TEST(Dollars, APriceIsNotAValueTaken) {
  EXPECT_EQ(read("HS M sold THC edibles to 2 students in caf, $10 each.").fact("value_usd"),
            std::nullopt);
  EXPECT_EQ(read("selling his ADHD medication at $5 a pill").fact("value_usd"), std::nullopt);
  EXPECT_EQ(read("tried selling thc gummies, 5 bucks a pop").fact("value_usd"), std::nullopt);
  EXPECT_EQ(read("Tenth grader sold a classmate a THC vape cart for $40 in the bathroom")
                .fact("value_usd"),
            std::nullopt);
  // What was taken keeps its value.
  EXPECT_EQ(read("1st gr F took $5 from teacher's desk drawer").fact("value_usd"), "5");
  EXPECT_EQ(read("took his AirPods ($250) in the parking lot").fact("value_usd"), "250");
}

}  // namespace
}  // namespace guidepost
