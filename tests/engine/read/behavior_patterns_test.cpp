// The shared vocabulary's term patterns: an act word and an object word in
// one sentence, in the words staff write. Each case names what it must read
// and what it must not; none of these sentences is in a labelled corpus.
#include "reading.h"

namespace guidepost {
namespace {

struct Case {
  const char* text;
  const char* reads;      // a behavior it must read, or "" for none
  const char* not_read;   // a behavior it must not read, or ""
};

TEST(BehaviorPatterns, ActsToldInStaffWords) {
  const Case cases[] = {
      {"Kid lit the hand sanitizer on his desk with a lighter during 5th.", "arson", ""},
      {"Student lit a cigarette behind the gym.", "vaping_tobacco", "arson"},
      {"She carved her initials deep into the library table with a key.", "vandalism", ""},
      {"Someone keyed the side of Mr. Ortiz's van in the staff lot.", "vandalism", ""},
      {"He wrote on the whiteboard during review.", "", "vandalism"},
      {"Two boys took pictures of the quiz answers with their phones.", "cheating", ""},
      {"Her essay came back as an 80% match in Turnitin.", "cheating", ""},
      {"He kept asking her for nudes on Snapchat.", "sexual_harassment", ""},
      {"Boy put his hand up her skirt on the bus.", "sexual_assault", ""},
      {"Two 9th graders walked out of 6th period and went to the gas station.", "leaving_class", ""},
      {"She should have been in chemistry but was found in the parking lot.", "leaving_class", ""},
      {"A former student who graduated last spring was in the hallway without a visitor badge.",
       "trespass", ""},
      {"Asked him five times to move seats and he refused every time.", "severe_defiance", ""},
      // A weapon named in the threat itself is what was threatened.
      {"He told Jalen \"ill get my uncles glock and shoot you\" and walked off laughing.",
       "transient_threat", "weapon_possession"},
      {"A 7th grader is bringing a knife to get Marcus after the game, two girls told me.",
       "substantive_threat", "weapon_possession"},
      {"Snap post said \"dont come monday im shooting it up\"", "bomb_threat", ""},
      {"Somebody is bringing a gun Friday, a kid heard on the bus; nothing found.", "",
       "weapon_possession"},
      {"He is going to bring his airsoft gun tomorrow to show his friends.", "", "substantive_threat"},
      {"Two 6th graders set the paper chain in the hallway on fire with a lighter.", "arson", ""},
      {"The story showed the front doors with the caption \"dont come friday\"", "bomb_threat", ""},
      {"He wrote \"your dead tomorrow at lunch\" on her locker.", "substantive_threat", ""},
      {"His story named three kids and said they \"won't make it to spring break.\"",
       "substantive_threat", ""},
      {"Said he did fine on Monday and you are going to do it tomorrow.", "", "substantive_threat"},
      {"He admitted spraying body spray at the smoke detector to get out of the test.",
       "false_alarm", ""},
      {"Search of his locker: baggies of weed and a digital scale.", "drug_distribution", ""},
      {"After a hard foul our #14 punched their #3 in the jaw.", "assault", ""},
      {"A kid got hit in the eye with a nerf dart in PE, he's fine.", "", "assault"},
      {"Video shows him reaching into the cash box and pocketing bills.", "theft", ""},
      {"He AirDropped a pornographic image to girls near him on the bus.", "sexual_harassment", ""},
      {"She refused to give me the phone and then walked right out of the office.",
       "severe_defiance", ""},
      {"Owen swears he wasn't looking anything up during the quiz.", "", "profanity"},
      {"He sat in the back with his hood up all period.", "", "dress_code"},
      {"Two boys keep making monkey noises at him on the bus.", "harassment", "disruption"},
      {"He wouldnt take his hat off in the hall when I asked.", "dress_code", ""},
      {"She had her phone under the desk for most of the lesson.", "device_misuse", ""},
      // An overdose is told by what was taken and what was given for it.
      {"Drowsy, pinpoint pupils; friends say she took something at lunch.", "drugs_possession", ""},
      {"Nurse gave Narcan at 12:43 and called 911.", "drugs_possession", ""},
      // A parent's "got robbed" is something taken; force makes it a robbery.
      {"My son got ROBBED in the locker room today, they took his Beats.", "theft", "robbery"},
      {"He got robbed at knifepoint at the bus stop.", "robbery", ""},
      {"A post said a student at Cedar Ridge threatened to shoot up their school.", "",
       "bomb_threat"},
      // What young children do to each other, and what they do not.
      {"Jaylen (2nd) bit Mateo on the forearm at the tire swing.", "assault", ""},
      {"Kindergartner kicked me in the shin when I said recess was over.", "assault", ""},
      {"Beckett pushed Lucy off the mat during stretches.", "assault", ""},
      {"Two boys were knocking his books off his desk every day.", "bullying", "assault"},
      {"Zayden pulled down Nico's pants in the bathroom line.", "sexual_harassment", ""},
      {"A boy in her class touched her bottom twice in the lunch line.", "sexual_harassment", ""},
      {"He is going to get Tyler at the park and his brother will bring his knife.",
       "substantive_threat", "weapon_possession"},
      {"He told a classmate he was going to stab him after school 'for real this time'.",
       "substantive_threat", ""},
      {"'BOMB IN GYM FRI' written in marker on the stall wall.", "vandalism", ""},
      {"Caught 3 kids sharing answers on the quiz through the chromebook chat.", "cheating", ""},
      {"Mom's boyfriend showed up; he is not on the pickup list.", "trespass", ""},
      {"Noah was showing everyone a fight video on TikTok.", "", "fighting"},
      {"Four 5th graders were sword fighting with the ukuleles.", "", "weapon_possession"},
      {"He said 'this is such bullsh*t' and handed it over.", "profanity", ""},
      {"She saw him holding what she thought was a box cutter; it was a tape measure.", "",
       "weapon_possession"},
      {"She had on a hoodie with a skull holding a gun on the back.", "", "weapon_possession"},
      {"Phone and AirPods in his backpack, recovered at 10:25.", "", "device_misuse"},
      {"I want to give you the facts about the rumor that a student was going to shoot up the school.",
       "", "bomb_threat"},
      {"His notebook is full of drawings of tanks and rifles and a grenade.", "", "weapon_possession"},
      {"He missed a layup and yelled 'this is such bull***t' at nobody.", "profanity", ""},
      // "Was not allowed" negates nothing after it.
      {"He was not allowed in the gym and he punched a kid.", "assault", ""},
      {"He was not allowed on school property during his suspension.", "trespass", ""},
      // A clock time's colon does not end the clause.
      {"Fire alarm 1:15, pulled by a 4th grader at the gym doors.", "false_alarm", ""},
      {"Two teens from Central got in using tickets from a cousin.", "trespass", ""},
      {"Her stepfather is banned from school property by a court order and was in the front lot.",
       "trespass", ""},
      {"Mia took $20 out of a classmate's backpack in the locker room.", "theft", ""},
      {"She took a bag of chips off the snack cart without paying.", "theft", ""},
      {"The girls kept taking his snacks and knocking his books off his desk.", "bullying", "theft"},
      {"He threw his chromebook on purpose and the screen cracked.", "vandalism", ""},
      {"Had her phone under the desk during the quiz w google open.", "cheating", ""},
      {"He kept calling a 6th grade boy gay over and over at recess.", "harassment", ""},
      {"He keeps commenting on her body in the lunch line.", "sexual_harassment", ""},
      {"Told to sit down 5x, refused and said make me.", "severe_defiance", ""},
      {"He showed two friends a photo of a hunting knife on his phone at lunch.", "",
       "weapon_possession"},
      {"fyi the knife pic going around is a plastic butter knife from the salad bar", "",
       "weapon_possession"},
      {"Rumor was she had a blade in her bag, checked, nothing there.", "", "weapon_possession"},
      {"A junior was handing out pot brownies at the game Friday.", "drug_distribution", ""},
      {"The PTA is selling brownies at conferences.", "", "drug_distribution"},
      // A student who will not come to school or ride the bus is afraid, not
      // defying a direction.
      {"Kaylee is in 6th grade and now refuses to ride the bus, so I drive her.", "", "minor_defiance"},
      {"Kalia cried last night and did not want to come to school today.", "", "minor_defiance"},
      {"He refused to put his phone in the caddy when I asked.", "minor_defiance", ""},
      {"He bit the para on the hand during transition.", "assault", ""},
      {"Senior snatched a freshman's phone right out of his hand and ran.", "robbery", ""},
      {"She pulled the red handle by the band room and the building emptied.", "false_alarm", ""},
      {"A student called 911 from the classroom phone on a dare.", "false_alarm", ""},
      {"He was blowing vapor clouds in the back stairwell.", "vaping_tobacco", ""},
      {"Boys were flicking his ears and mocking him on the bus.", "harassment", ""},
      {"He has been selling his brother's Adderall to kids at lunch.", "drug_distribution",
       "drugs_possession"},
      {"She wrote that everybody in this school dies on Friday.", "bomb_threat", ""},
      {"His notebook had a list of five names under the heading 'going to pay'.",
       "substantive_threat", ""},
      {"Three kids cornered him behind the portables and made him empty his pockets.", "robbery", ""},
      {"He's been slinging carts out of his car in the student lot.", "drug_distribution", ""},
      {"He was filming other kids in the locker room on his phone.", "device_misuse", ""},
      {"An adult man walked into the building through an unlocked side door.", "trespass", ""},
      {"He told friends he'd bring his dad's rifle Monday and showed them where it's kept.",
       "substantive_threat", "weapon_possession"},
      {"He came up behind a 6th grader and slammed his head into the locker.", "assault", ""},
      {"Two students walked out of the bookstore with hoodies they didn't pay for.", "theft",
       "leaving_class"},
      {"Student drew inappropriate pictures in permanent marker on the bathroom stall.",
       "vandalism", ""},
      {"A ziploc of mushrooms was found in his jacket during the search.", "drugs_possession", ""},
      {"He keeps sending her inappropriate snapchats and asking her to hook up.",
       "sexual_harassment", ""},
      {"They have been leaving mean notes in his locker and calling him names for the last two "
       "months.",
       "bullying", "harassment"},
      {"Her shirt had a vulgar phrase on it and she was asked to change.", "dress_code", ""},
      {"A student who was expelled last month was found walking the halls during lunch.",
       "trespass", "leaving_class"},
      {"A trash can in the boys bathroom was set on fire during 3rd period.", "arson", ""},
      {"Someone wrote \"bomb in the school tomorrow\" on the bathroom mirror.", "bomb_threat", ""},
      // Texting style: dropped g's, slang.
      {"2 boys scrappin in the bus line rn need help", "fighting", ""},
      {"ms j pls come 2 girls goin at it by the gym doors", "fighting", ""},
      {"kid just socked a 6th grader outta nowhere in the lunch line", "assault", ""},
      {"they been messin w him every day on the bus for weeks", "bullying", ""},
      {"caught him lookin at his phone for answers during the quiz", "cheating", ""},
      {"some dude who doesnt go here walked in the side door at lunch", "trespass", ""},
      // Rural and shop words.
      {"Two 10th gr M arguing over the welder, shoving turned to punches, one w/ split lip.",
       "fighting", ""},
      {"took a tin of chew off a sophomore in shop, he had a dip in during class", "vaping_tobacco",
       ""},
      {"Ripped 2 posters off the wall and kicked hole in drywall by door.", "vandalism", ""},
      {"2 girls swapped answer sheets on the vocab quiz when they thought i wasnt looking",
       "cheating", ""},
      {"S1 lifted his shirt to show a knife and told him to hand over his AirPods.", "robbery", ""},
      // Words that look like an act and are not one.
      {"Stu wore a T-shirt w/ graphic of a handgun; asked to cover up, complied.", "dress_code",
       "weapon_possession"},
      {"a kid broke the tape gun by accident lol nbd", "", "weapon_possession"},
      {"Ag shop: kids used boning knives and a meat saw with supervision for the butchering demo.",
       "", "weapon_possession"},
      {"The kids finished the gun racks and deer stands, and I'll be the only one touching the torch.",
       "", "weapon_possession"},
      {"Reminder: rifles, shotguns and ammunition must stay home during deer season.", "",
       "weapon_possession"},
      {"Someone left a hunting knife on the bleachers. Correction, it's a butter knife from the caf.",
       "", "weapon_possession"},
      {"We're playing steal the bacon at the fundraiser Friday.", "", "theft"},
      {"He slipped on the ice and has a scraped knee.", "", "fighting"},
      {"He was suspended last month for fighting; today he was on time and calm.", "", "fighting"},
      {"The girls stole six bases last week, they were on fire.", "", "arson"},
      {"Making remarks about her legs and touching her hair after she said stop.",
       "sexual_harassment", "sexual_assault"},
      {"He was involved in the bomb threat at the middle school in 2022.", "", "bomb_threat"},
      {"He ran out of time on the reading test.", "", "leaving_class"},
      {"F/u 2 wks with counselor, no concerns.", "", "verbal_abuse"},
      {"Her pencil pouch fell open in math.", "", "vaping_tobacco"},
      {"Staff walked him back out to his mom's car at dismissal.", "", "leaving_class"},
  };
  for (const Case& c : cases) {
    Read r = read(c.text);
    if (*c.reads) EXPECT_TRUE(r.has(c.reads)) << c.text;
    else EXPECT_TRUE(r.in.behaviors.empty()) << c.text;
    if (*c.not_read) EXPECT_FALSE(r.has(c.not_read)) << c.text;
  }
}

// School news in everyday words: sports, labs, archery, fundraisers. A
// reader that finds behaviors here would cry wolf on every newsletter.
TEST(BehaviorPatterns, EverydaySchoolNewsNamesNoBehavior) {
  const char* news[] = {
      "Reminder: picture day is Thursday, please send forms back by Wednesday.",
      "The 7th grade science fair is next week in the gym; parents are welcome.",
      "Our football team crushed it last night, final score 42-7.",
      "Please remember to sign your child's planner every night.",
      "The fire drill went smoothly and everyone was out in under three minutes.",
      "Bus 12 will be running about 15 minutes late this afternoon due to construction.",
      "Students sold cookie dough for the band fundraiser and raised $2,300.",
      "The drama club's production of Grease opens Friday night in the auditorium.",
      "Lunch today is chicken nuggets, green beans, and fruit cup.",
      "We are collecting canned goods for the food drive through Friday.",
      "Ms. Patel will be out tomorrow; a substitute will cover her classes.",
      "The library is closed during 3rd period for inventory.",
      "Congratulations to the girls basketball team for making state!",
      "Please do not park in the bus loop during drop off.",
      "The counselor will be meeting with seniors about college applications this week.",
      "Students may wear pajamas on Friday for spirit week.",
      "The boys shot the lights out from three point range in the second half.",
      "Our robotics team built a robot that shoots foam balls into a goal.",
      "We killed it at the spelling bee, three students made the district round.",
      "He knocked it out of the park on his presentation about the Civil War.",
      "The class dissected frogs in biology with scalpels under supervision.",
      "The chemistry lab used Bunsen burners to heat the solutions.",
      "Students practiced CPR on mannequins in health class.",
      "The track team ran drills on the field after school.",
      "Our school nurse will be giving flu shots on Tuesday in the library.",
      "Kids in art class used X-Acto knives to cut stencils with the teacher.",
      "The hunting safety course for 8th graders meets in the ag room.",
      "The archery unit in PE starts Monday; bows and arrows stay in the equipment room.",
      "The debate team attacked the other side's argument and won.",
      "She stole the show at the talent night.",
      "Culinary Arts reminder: students must bring closed-toe shoes Tuesday. We'll be practicing knife skills — julienne, brunoise, and chiffonade — with the chef's knives from the lab.",
      "Due to the ice storm, all district schools are closed Wednesday, January 17. Extracurricular activities and evening events are cancelled as well.",
      "baseball smoked Jefferson 11-2 🔥 Marcus hit a homer in the 3rd and we never looked back",
      "Snow day! All schools closed today, January 22. Stay warm and safe. Make-up day is scheduled for March 15.",
      "The mock trial team won their first round! Our prosecution team argued the case of a fictional bank robbery and the judges were impressed.",
      "Lunch Friday: fish sticks, tater tots, coleslaw, apple slices. Pizza alternative available. Ice cream sale after lunch, $1.50.",
      "Attention juniors: the PSAT is October 12. Bring two sharpened No. 2 pencils and an approved calculator. Phones will be collected.",
      "The district is testing new emergency text alerts Tuesday at noon. No action is needed; this is only a test of the system.",
      "The theater class is doing a unit on Shakespeare's \"Macbeth\" — expect lots of stage combat choreography with wooden swords and plenty of fake blood.",
      "Wood shop reminder: all students must pass the safety test before using the router or miter saw. Retakes are available Thursday.",
  };
  for (const char* text : news) {
    Read r = read(text);
    EXPECT_TRUE(r.in.behaviors.empty()) << text;
  }
}

}  // namespace
}  // namespace guidepost
