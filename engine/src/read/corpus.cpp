#include "guidepost/corpus.h"

#include <nlohmann/json.hpp>
#include <set>

#include "guidepost/explain.h"
#include "guidepost/reader.h"

namespace guidepost {

namespace {

int rank(Outcome o) {
  switch (o) {
    case Outcome::Staff: return 0;
    case Outcome::Depends: return 1;
    case Outcome::Sro: return 2;
    case Outcome::Emergency: return 3;
  }
  return 0;
}

int rank(const std::string& o) {
  return o == "staff" ? 0 : o == "depends" ? 1 : o == "sro" ? 2 : o == "emergency" ? 3 : -1;
}

bool overlaps(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return a < d && c < b; }

}  // namespace

CorpusReport score_corpus(const Plan& p, std::string_view jsonl) {
  const Model& m = *p.model;
  CorpusReport rep;
  size_t line_no = 0, pos = 0;
  std::vector<Mention> mentions;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string_view::npos) nl = jsonl.size();
    std::string_view line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    nlohmann::json rec;
    try {
      rec = nlohmann::json::parse(line);
    } catch (const std::exception& e) {
      std::string what = e.what();
      auto cut = what.find("] ");  // drop the library's own error code
      rep.errors.push_back("record " + std::to_string(line_no) + ": malformed JSON: " +
                           (cut == std::string::npos ? what : what.substr(cut + 2)));
      continue;
    }
    if (!rec.is_object() || !rec.contains("text") || !rec["text"].is_string()) {
      rep.errors.push_back("record " + std::to_string(line_no) + ": field `text`: missing");
      continue;
    }
    ++rep.records;
    std::string id = rec.value("id", std::to_string(line_no));
    std::string text = rec["text"];
    Incident in;
    p.reader->read(text, mentions);
    apply_reading(m, text, mentions, in);

    // Behaviors.
    std::set<std::string> want, got;
    for (auto& b : rec.value("behaviors", nlohmann::json::array())) want.insert(b.get<std::string>());
    for (int b : in.behaviors) got.insert(m.behaviors[b].name);
    for (auto& b : got) {
      bool ok = want.count(b);
      (ok ? rep.per_behavior[b].tp : rep.per_behavior[b].fp)++;
      (ok ? rep.behaviors.tp : rep.behaviors.fp)++;
      if (!ok) rep.misses.push_back({id, "false " + b});
    }
    for (auto& b : want)
      if (!got.count(b)) {
        rep.per_behavior[b].fn++;
        rep.behaviors.fn++;
        rep.misses.push_back({id, "missed " + b});
      }

    // Facts: exact values.
    auto labelled = rec.value("facts", nlohmann::json::object());
    for (auto& g : in.facts) {
      const FactDef& f = m.facts[g.fact];
      auto it = labelled.find(f.name);
      bool ok = false;
      if (it != labelled.end()) {
        if (f.kind == FactKind::Bool && it->is_boolean()) ok = it->get<bool>() == (g.value != 0);
        else if (f.kind == FactKind::Int && it->is_number_integer()) ok = it->get<int64_t>() == g.value;
        else if (f.kind == FactKind::Enum && it->is_string()) ok = it->get<std::string>() == f.format(g.value);
      }
      (ok ? rep.per_fact[f.name].tp : rep.per_fact[f.name].fp)++;
    }
    for (auto& [name, value] : labelled.items()) {
      auto fi = m.fact_index.find(name);
      if (fi == m.fact_index.end()) continue;
      bool found = std::any_of(in.facts.begin(), in.facts.end(), [&](auto& g) { return g.fact == fi->second; });
      if (!found) rep.per_fact[name].fn++;
    }

    // Context: each labelled set-aside mention against ours, by kind.
    std::vector<bool> used(in.set_aside.size());
    for (auto& sa : rec.value("set_aside", nlohmann::json::array())) {
      std::string words = sa.value("words", ""), kind = sa.value("kind", "");
      size_t at = text.find(words);
      bool hit = false;
      for (size_t k = 0; k < in.set_aside.size() && at != std::string::npos; ++k) {
        auto& ours = in.set_aside[k];
        if (ours.status == kind &&
            overlaps(ours.words.begin, ours.words.end, static_cast<uint32_t>(at),
                     static_cast<uint32_t>(at + words.size()))) {
          hit = true;
          used[k] = true;
        }
      }
      (hit ? rep.per_context[kind].tp : rep.per_context[kind].fn)++;
    }
    for (size_t k = 0; k < in.set_aside.size(); ++k)
      if (!used[k] && (in.set_aside[k].status == "corrected" || in.set_aside[k].status == "included" ||
                       in.set_aside[k].status == "conflicting" || in.set_aside[k].status == "repeated")) {
        rep.taken_back[in.set_aside[k].status]++;
        rep.misses.push_back({id, "took back \"" + in.set_aside[k].words.text + "\" as " +
                                      in.set_aside[k].status});
      } else if (!used[k]) {
        rep.per_context[in.set_aside[k].status].fp++;
        rep.misses.push_back({id, "set aside \"" + in.set_aside[k].words.text + "\" as " +
                                      in.set_aside[k].status + " without a label"});
      }
    // Disputed: the behavior counts, and is marked disputed.
    std::set<std::string> want_disputed, got_disputed;
    for (auto& ds : rec.value("disputed", nlohmann::json::array()))
      want_disputed.insert(ds.value("would_be", ""));
    for (auto& be : in.behavior_evidence)
      if (be.disputed) got_disputed.insert(m.behaviors[be.behavior].name);
    for (auto& b : got_disputed) (want_disputed.count(b) ? rep.per_context["disputed"].tp : rep.per_context["disputed"].fp)++;
    for (auto& b : want_disputed)
      if (!got_disputed.count(b)) rep.per_context["disputed"].fn++;

    // Outcome.
    Decision d = decide(p, in);
    std::string want_outcome = rec.value("outcome", "");
    if (want_outcome == outcome_name(d.outcome)) rep.outcome_agrees++;
    if (rank(want_outcome) >= 0 && rank(d.outcome) > rank(want_outcome))
      rep.raised.push_back({id, std::string("labels give ") + want_outcome + ", the text gives " +
                                    outcome_name(d.outcome)});
  }
  return rep;
}

}  // namespace guidepost
