#include "generated_policy.h"

namespace guidepost::bench {

std::string generated_policy(int behaviors, int clauses) {
  std::string s;
  s.reserve(static_cast<size_t>(behaviors) * 160 + static_cast<size_t>(clauses) * 260);
  s += "policy \"generated\" {\n  title \"Generated load test\"\n  effective 2024-08-01\n}\n";
  s += "facts {\n"
       "  weapon : enum { none, firearm, knife, explosive, replica, other } = none\n"
       "  weapon_used : bool = false\n"
       "  injury : enum { none, minor, serious } = none\n"
       "  imminent_threat : bool = false asked when weapon in { firearm, knife, explosive }\n"
       "  participants : int 1..200 = 1\n"
       "  iep : bool = false\n"
       "  grade : int 0..12\n"
       "  value_usd : int 0..1000000 = 0\n"
       "}\n";
  s += "responses { redirect, parent_contact, conference, detention, suspension, expulsion }\n";
  for (int l = 1; l <= 5; ++l)
    s += "level " + std::to_string(l) + " \"Level " + std::to_string(l) +
         "\" { responses redirect .. " + (l < 3 ? "detention" : "expulsion") + " }\n";
  s += "roles { teacher, administrator, counselor, parent, case_manager, sro, emergency_services }\n";
  s += "escalation { teacher -> administrator -> sro -> emergency_services\n"
       "  administrator -> counselor  administrator -> case_manager  administrator -> parent }\n";
  for (int b = 0; b < behaviors; ++b) {
    std::string id = "behavior_" + std::to_string(b);
    s += "behavior " + id + " \"Behavior " + std::to_string(b) + "\" {\n  level " +
         std::to_string(1 + b % 4) + "\n  level 5 when injury == serious or participants >= " +
         std::to_string(3 + b % 5) + "\n  terms \"" + id + " term\", \"" + id + " phrase\"\n}\n";
  }
  s += "define high_threat = weapon in { firearm, knife, explosive } or imminent_threat "
       "or injury == serious\n";
  s += "agreement \"Generated\" {\n  document \"Generated agreement\"\n  url \"https://example.org/generated\"\n";
  static const char* actions[] = {"involve", "question", "search", "cite", "arrest", "restrain"};
  for (int c = 0; c < clauses; ++c) {
    std::string num = std::to_string(1 + c / 10) + "." + std::to_string(1 + c % 10);
    std::string beh = "behavior_" + std::to_string(c % (behaviors ? behaviors : 1));
    s += "  clause " + num + " {\n    paraphrase \"Generated clause " + num +
         " about when the SRO may act.\"\n    section \"" + std::to_string(1 + c / 10) + "\"\n";
    switch (c % 4) {
      case 0:
        s += "    permit sro." + std::string(actions[c % 6]) + " when " + beh +
             " and high_threat\n";
        break;
      case 1:
        s += "    forbid sro." + std::string(actions[c % 6]) + " when level <= 3 unless " +
             "imminent_threat or weapon_used\n";
        break;
      case 2:
        s += "    require notify(parent) when " + beh + " and participants >= " +
             std::to_string(2 + c % 7) + "\n";
        break;
      case 3:
        s += "    require notify(case_manager) when iep and (" + beh + " or value_usd > " +
             std::to_string(100 * (c % 50)) + ")\n";
        break;
    }
    s += "  }\n";
  }
  s += "}\n";
  return s;
}

}  // namespace guidepost::bench
