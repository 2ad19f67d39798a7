// Reading past one clause (engine/src/read/discourse.cpp): what a later
// sentence, a quotation or a sentence's grade changes about what came before.
#include "reading.h"

namespace guidepost {
namespace {

TEST(Discourse, ALaterDenialTakesBackWhatWasSaidBefore) {
  auto r = read("A parent called to say her son had a knife at lunch. The AP checked his "
                "locker and bag: there was no knife.");
  EXPECT_FALSE(r.has("weapon_possession"));
  EXPECT_EQ(r.fact("weapon"), std::nullopt);
  EXPECT_EQ(r.status_of("knife"), "corrected");  // the first one, named by the correction
  bool named = false;
  for (auto& sa : r.in.set_aside)
    if (sa.status == "corrected") named |= sa.trigger.text == "there was no";
  EXPECT_TRUE(named);
  // "No knife was found" takes back the knife he said he had; a knife that
  // was found confirms it.
  auto said = read("Deandre said he had a knife in his pocket and she had better give him her "
                   "phone. No knife was found on him or in his locker.");
  EXPECT_FALSE(said.has("weapon_possession"));
  EXPECT_EQ(said.fact("weapon"), std::nullopt);
  auto found = read("Deandre said he had a knife in his pocket. A knife was found in his locker.");
  EXPECT_TRUE(found.has("weapon_possession"));
  EXPECT_EQ(found.fact("weapon"), "knife");
}

TEST(Discourse, AnAmbulanceRideIsASeriousInjuryNotAnEmergencyByItself) {
  auto r = read("One pulled a pocketknife and cut the other kid's forearm. The hurt kid went by "
                "ambulance for stitches, conscious and talking.");
  EXPECT_EQ(r.fact("injury"), "serious");
  EXPECT_EQ(r.fact("medical_emergency"), std::nullopt);
}

TEST(Discourse, ALaterValueReplacesAnEarlierOne) {
  auto r = read("Staff saw a pistol in his waistband. It turned out to be an airsoft gun "
                "with the tip painted black.");
  EXPECT_TRUE(r.has("weapon_possession"));
  EXPECT_EQ(r.fact("weapon"), "replica");
}

TEST(Discourse, WithoutACorrectionTheMoreDangerousValueStays) {
  auto r = read("Staff saw a pistol in his waistband. He also had an airsoft gun in his bag.");
  EXPECT_EQ(r.fact("weapon"), "firearm");
}

TEST(Discourse, AgreeingMentionsAreNotTakenBack) {
  // "there was no" scopes nothing said before about another thing.
  auto r = read("He pulled a knife on a classmate in the hallway. There was no injury.");
  EXPECT_TRUE(r.has("weapon_possession"));
  EXPECT_EQ(r.fact("weapon"), "knife");
}

TEST(Discourse, AnIncludedBehaviorInTheSameSentenceIsPartOfTheOther) {
  auto r = read("A junior robbed a freshman of his phone and $20 behind the gym.");
  EXPECT_TRUE(r.has("robbery"));
  auto both = read("A junior robbed a freshman behind the gym. Later he stole a phone from the office.");
  EXPECT_TRUE(both.has("robbery"));
  EXPECT_TRUE(both.has("theft"));  // another sentence, another act
}

TEST(Discourse, LesserRefusalsAnywhereArePartOfASevereOne) {
  // `severe_defiance` includes `minor_defiance` in description: one
  // student's refusals over a period are one refusal, the worst of them.
  auto r = read("Aiden refused to sit in his assigned seat. When I called the office he refused to go "
                "to the office.");
  EXPECT_TRUE(r.has("severe_defiance"));
  EXPECT_FALSE(r.has("minor_defiance"));
  EXPECT_EQ(r.status_of("refused to sit in"), "included");
}

TEST(Discourse, SwearingAtSomeoneIsVerbalAbuseNotAlsoProfanity) {
  auto r = read("8th grader swore at the teacher when told to sit down.");
  EXPECT_TRUE(r.has("verbal_abuse"));
  EXPECT_FALSE(r.has("profanity"));
  auto s = read("8th grader kept swearing during the video in science.");
  EXPECT_TRUE(s.has("profanity"));
}

TEST(Discourse, ScareQuotesNameAReportNotAnEvent) {
  auto r = read("About the \"fight\" a parent posted: two kindergartners pulled on one toy.");
  EXPECT_FALSE(r.has("fighting"));
  EXPECT_EQ(r.status_of("fight"), "lookalike");
  auto curly = read("The \u201cknife\u201d was a plastic picnic knife from his lunchbox.");
  EXPECT_FALSE(curly.has("weapon_possession"));
  // Quoted speech is what was said: it counts.
  auto said = read("He yelled \"I'll fight you\" and then punched him in the hallway.");
  EXPECT_TRUE(said.has("fighting") || said.has("assault"));
  // Single quotes, straight or curly, but not an apostrophe.
  auto single = read("nvm about the 'fight' in the courtyard, 2 seniors wrestling around for a video");
  EXPECT_FALSE(single.has("fighting"));
  auto curly_single = read("About the \u2018fight\u2019 by the buses: nobody touched anyone.");
  EXPECT_FALSE(curly_single.has("fighting"));
  auto apostrophe = read("He took part in the fight's second round by the lockers.");
  EXPECT_TRUE(apostrophe.has("fighting"));
  // An article inside the quotation makes it a name for a thing: called to
  // a room about "a gun." that was an airsoft pistol.
  EXPECT_EQ(read("Called to the room about \"A gun.\" It was an airsoft pistol.").fact("weapon"),
            "replica");
  auto named = read("Called to Rm 205 re: 7th gr M with \"a gun.\" Item recovered: black airsoft pistol.");
  EXPECT_EQ(named.fact("weapon"), "replica");
  EXPECT_EQ(named.status_of("gun"), "lookalike");
  // Quoted speech stays what was said.
  EXPECT_EQ(read("He yelled \"I have a gun\" in the hall.").fact("weapon"), "firearm");
}

TEST(Discourse, AMistakenFirstReportIsNotTheIncident) {
  auto r = read("Mom was sure her Chromebook had been stolen; it turned up in the lost and found.");
  EXPECT_FALSE(r.has("theft"));
  auto logged = read("Initially logged as a fight; a 10th grader punched a boy who did not swing back.");
  EXPECT_FALSE(logged.has("fighting"));
  EXPECT_TRUE(logged.has("assault"));
  // A present-tense worry is still a report.
  EXPECT_TRUE(read("i think someone stole my wallet from my classroom").has("theft"));
  EXPECT_TRUE(read("He thought it was funny to pull the fire alarm during 3rd period.").has("false_alarm"));
}

TEST(Discourse, ASentenceInAnEarlierGradeIsHistory) {
  auto r = read("A 7th grader cursed in the hallway. In 5th grade he brought a knife to school.");
  EXPECT_TRUE(r.has("profanity"));
  EXPECT_FALSE(r.has("weapon_possession"));
  EXPECT_EQ(r.fact("grade"), "7");
  EXPECT_EQ(r.status_of("knife"), "historical");
  // The same grade is not history.
  auto now = read("A 7th grader cursed at lunch. In 7th grade science he brought a knife.");
  EXPECT_TRUE(now.has("weapon_possession"));
}

TEST(Discourse, ATriggerDoesNotSkipOverATermItWouldScope) {
  // "not ... found" is a trigger; read across "stolen" it would hide the
  // "not" that negates it.
  auto r = read("The jacket is not stolen, found in the gym by a custodian.");
  EXPECT_FALSE(r.has("theft"));
  EXPECT_EQ(r.status_of("stolen"), "negated");
}

TEST(Discourse, ATitleDoesNotEndTheSentence) {
  auto r = read("No student threatened Ms. Lee with a knife.");
  EXPECT_FALSE(r.has("weapon_possession"));
  EXPECT_EQ(r.status_of("knife"), "negated");
}

TEST(Discourse, AShorterPhraseOfAnotherBehaviorFromTheSameWordIsKept) {
  auto r = read("A junior drew a swastika on a classmate's locker.");
  EXPECT_TRUE(r.has("harassment"));
  EXPECT_TRUE(r.has("vandalism"));
}

TEST(Discourse, ADenialTakesBackOnlyTheSameThing) {
  // A rifle and ammunition both read as a firearm; "no ammunition" does not
  // take back the rifle.
  auto r = read("Staff saw a rifle behind the seat of his truck. It was unloaded and there was "
                "no ammunition in the truck.");
  EXPECT_TRUE(r.has("weapon_possession"));
  auto s = read("A student was accused of stealing a phone. It was never stolen.");
  EXPECT_FALSE(s.has("theft"));
}

TEST(Discourse, AnAsideInParenthesesKeepsItsContext) {
  auto r = read("Gr 7 M (suspended last yr for fighting), notes with slurs left in a classmate's locker.");
  EXPECT_FALSE(r.has("fighting"));
  EXPECT_TRUE(r.has("harassment"));
}

TEST(Discourse, AYesNoFactSaidBothWaysIsLeftToAsk) {
  auto r = read("A 9th grader wrote a list of names; he has the knife on him right now. "
                "The students on the list are in class and nobody is in danger.");
  EXPECT_EQ(r.fact("imminent_threat"), std::nullopt);
  EXPECT_EQ(r.status_of("nobody is in danger"), "conflicting");
  auto one = read("He still has the knife and is in the gym right now.");
  EXPECT_EQ(one.fact("imminent_threat"), "true");
}

TEST(Discourse, HarassmentThatWentOnForWeeksIsBullying) {
  auto r = read("A 6th grader has been calling a classmate names every day for the past month.");
  EXPECT_TRUE(r.has("bullying"));
  EXPECT_FALSE(r.has("harassment"));
  bool named = false;
  for (auto& sa : r.in.set_aside)
    if (sa.status == "repeated") named |= sa.trigger_id == "bullying" && sa.would_be == "harassment";
  EXPECT_TRUE(named);
  auto once = read("A 6th grader called a classmate names at lunch.");
  EXPECT_TRUE(once.has("harassment"));
  EXPECT_FALSE(once.has("bullying"));
  // A repetition inside the harassing words counts as well.
  auto inside = read("Gavin has been grabbing Miles' hat every single morning and tossing it around.");
  EXPECT_TRUE(inside.has("bullying"));
  // "Over and over" is within one incident, not over days.
  auto recess = read("He kept calling a 6th grade boy gay over and over at recess.");
  EXPECT_TRUE(recess.has("harassment"));
  EXPECT_FALSE(recess.has("bullying"));
}

TEST(Discourse, HowLongItWentOnIsToldOnceForTheWholeAccount) {
  // The repetition is in one sentence, the taunts in the next; the trigger
  // is a pattern ("every (single|other) (afternoon|...)").
  auto r = read("For the last month my son has been getting it every single afternoon on bus 31. "
                "Two juniors sit behind him, flick his ears and take his hat and pass it around.");
  EXPECT_TRUE(r.has("bullying"));
  EXPECT_FALSE(r.has("harassment"));
  // Taunts on one afternoon stay harassment.
  auto once = read("On the bus this afternoon two juniors flicked his ears and took his hat.");
  EXPECT_TRUE(once.has("harassment"));
  EXPECT_FALSE(once.has("bullying"));
}

}  // namespace
}  // namespace guidepost
