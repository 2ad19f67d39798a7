// The tables behind `guidepost rubric` and the checker's list of clause
// kinds: the MOA clause-kind catalogue and the SECURe action steps.
#include <algorithm>

#include "check/checker.h"
#include "guidepost/rubric.h"

namespace guidepost {

// The catalogue of SRO MOA clause kinds: ids and titles as the catalogue
// gives them (markdown emphasis removed), in its order: role and scope;
// emergencies and referral; arrest; force; questioning, searches and
// information; people, training and governance. Ids are a contract: policies
// name them in `kinds`, so ids may be added but never renamed.
const std::vector<ClauseKindInfo>& clause_kind_catalogue() {
  static const std::vector<ClauseKindInfo> kinds = {
      {"ROLE-01", "SRO does not enforce school rules or administer discipline"},
      {"ROLE-02", "School refrains from calling in the SRO for discipline (the school-side duty)"},
      {"ROLE-03", "Enumerated SRO duties (what the SRO is for)"},
      {"ROLE-04",
       "Distinguishing disciplinary misconduct from criminal offenses / thresholds for SRO "
       "involvement"},
      {"ROLE-05", "Not agents of immigration enforcement"},
      {"EMERG-01", "Call 911 / peace officers when conduct endangers safety"},
      {"EMERG-02", "Firearm → mandatory referral to police"},
      {"EMERG-03", "Referral to law enforcement only where the code says so (whitelist)"},
      {"ARREST-01", "Arrest/citation as last resort; diversion preferred"},
      {"ARREST-02", "Consult the administrator before an arrest; administrator present"},
      {"ARREST-03", "Notify parents/guardians of arrest"},
      {"ARREST-04", "Report every arrest or charge to the district"},
      {"FORCE-01", "No physical restraint by the SRO except for a clear and imminent threat"},
      {"FORCE-02", "Report and document every physical intervention; tell parents the same day"},
      {"FORCE-03", "SRO not used for educational interventions or special-education procedures"},
      {"QUEST-01",
       "Miranda warnings in age-appropriate language; parent notified and allowed to be present"},
      {"SEARCH-01",
       "School searches (reasonable suspicion) vs law-enforcement searches (probable cause)"},
      {"INFO-01", "Information sharing under FERPA"},
      {"TRAIN-01", "Required SRO training topics and hours"},
      {"SELECT-01", "Selection of SROs; school voice"},
      {"ATTIRE-01", "Soft or modified uniform"},
      {"GOV-01", "Advisory committee / regular meetings with students and staff"},
      {"EVAL-01", "Evaluation of the SRO and annual review of the MOU"},
      {"COMPLAINT-01", "Complaint process"},
      {"SUPERV-01", "Supervision and chain of command"},
      {"DATA-01", "Data collection and reporting"},
      {"SPED-01", "Students with disabilities"},
  };
  return kinds;
}

const ClauseKindInfo* clause_kind_info(std::string_view id) {
  for (auto& k : clause_kind_catalogue())
    if (k.id == id) return &k;
  return nullptr;
}

const std::vector<std::string>& known_clause_kinds() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (auto& k : clause_kind_catalogue()) out.push_back(k.id);
    return out;
  }();
  return ids;
}

// The five action steps that open both SECURe rubrics (Safe, School-based
// Enforcement through Collaboration, Understanding, and Respect; U.S.
// Department of Education and Department of Justice, September 2016).
//
// Ids and titles are those of the team's notes on the rubrics. The titles are
// those notes' paraphrase of a secondary summary: the official step titles
// were not seen in the primary PDFs, so output must not present them as
// quotations (rubric_text says so).
//
// The clause kinds counted toward each step are the notes' own mapping, taken
// as it stands. It is Guidepost's inference, not SECURe's: the rubrics do not
// name clause kinds. Two readings were needed:
//   - the notes write "FORCE-01..03" for SECURE-2; that is FORCE-01, FORCE-02
//     and FORCE-03;
//   - the notes also list "signatures" under SECURE-1; signatures are not a
//     clause kind, so no clause can show them and the step's note says so.
// EVAL-01 counts toward both SECURE-1 (term and review) and SECURE-5
// (evaluation), as the notes map it. Kinds the notes map to no step (ROLE-03,
// EMERG-01..03, ARREST-01..03, ATTIRE-01) count only in the kinds section.
const std::vector<SecureStep>& secure_steps() {
  static const std::vector<SecureStep> steps = {
      {"SECURE-1",
       "Create sustainable partnerships and formalize MOUs among school districts, law "
       "enforcement, juvenile justice entities, and civil-rights and community stakeholders",
       {"EVAL-01", "GOV-01", "SUPERV-01"},
       "the mapping also names signatures, which no clause kind records; check the signed "
       "agreement"},
      {"SECURE-2",
       "Ensure that MOUs meet constitutional and statutory civil rights requirements",
       {"ROLE-01", "ROLE-02", "ROLE-04", "QUEST-01", "SEARCH-01", "INFO-01", "FORCE-01",
        "FORCE-02", "FORCE-03", "SPED-01", "ROLE-05"},
       ""},
      {"SECURE-3", "Recruit and hire effective SROs and school personnel", {"SELECT-01"}, ""},
      {"SECURE-4", "Keep SROs and school personnel well trained", {"TRAIN-01"}, ""},
      {"SECURE-5",
       "Continue to evaluate SROs and school personnel, and recognize good performance",
       {"DATA-01", "ARREST-04", "EVAL-01", "COMPLAINT-01"},
       ""},
  };
  return steps;
}

}  // namespace guidepost
