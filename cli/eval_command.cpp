// guidepost eval -p POLICY [FILE | -]: decide incidents given as JSON.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "guidepost/batch.h"
#include "guidepost/decision_format.h"
#include "guidepost/incident_reader.h"
#include "guidepost/reader.h"
#include "load_for_cli.h"

namespace guidepost::cli {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

ExplainDepth depth_of(const std::string& s) {
  if (s == "fails") return ExplainDepth::Fails;
  if (s == "full") return ExplainDepth::Full;
  return ExplainDepth::Summary;
}

// One incident's decision, as text or JSON.
int print_decision(const EvalArgs& a, const Plan& plan, const Incident& incident) {
  Decision d = decide(plan, incident, depth_of(a.explain));
  if (a.format == "text") {
    std::cout << decision_text(plan, d);
  } else {
    std::string out;
    FormatOptions fo;
    fo.trace = a.explain != "none";
    append_decision_json(out, plan, d, fo);
    std::cout << out << "\n";
  }
  return kExitOk;
}

}  // namespace

int run_eval(const EvalArgs& a) {
  auto plan = load_plan_or_report(a.policy);
  if (!plan) return kExitFindings;

  if (!a.text.empty() || !a.text_file.empty()) {
    std::string text = a.text;
    if (!a.text_file.empty()) {
      std::ifstream f(a.text_file, std::ios::binary);
      if (!f) {
        std::cerr << "guidepost: cannot read " << a.text_file << ": " << std::strerror(errno) << "\n";
        return kExitUsage;
      }
      std::ostringstream ss;
      ss << f.rdbuf();
      text = ss.str();
    }
    if (auto bad = invalid_utf8_at(text)) {
      std::cerr << "error: the description is not valid UTF-8 (byte " << *bad << ")\n";
      return kExitFindings;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      std::cerr << "error: the description is empty\n";
      return kExitFindings;
    }
    if (text.size() > IncidentReader::kMaxRecordBytes) {
      std::cerr << "error: the description is longer than " << IncidentReader::kMaxRecordBytes << " bytes\n";
      return kExitFindings;
    }
    // The same path as a JSON incident with only a description.
    std::string json = "{\"description\":";
    append_json_string(json, text);
    json += "}";
    IncidentReader reader(plan);
    Incident incident;
    IncidentError err;
    if (!reader.read(json, incident, err)) {
      std::cerr << "error: " << err.message << "\n";
      return kExitFindings;
    }
    return print_decision(a, *plan, incident);
  }

  FILE* in = stdin;
  if (a.input != "-") {
    in = std::fopen(a.input.c_str(), "rb");
    if (!in) {
      std::cerr << "guidepost: cannot read " << a.input << ": " << std::strerror(errno) << "\n";
      return kExitUsage;
    }
  }
  struct Closer {
    FILE* f;
    ~Closer() { if (f && f != stdin) std::fclose(f); }
  } closer{in};

  bool batch = a.jsonl || ends_with(a.input, ".jsonl") || ends_with(a.input, ".ndjson");
  if (batch) {
    BatchOptions o;
    o.explain = a.explain != "none";
    o.depth = depth_of(a.explain);
    o.text = a.format == "text";
    o.threads = a.threads;
    static char outbuf[1 << 16];
    std::setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    BatchStats st = run_batch(
        plan, [&](char* p, size_t n) { return std::fread(p, 1, n, in); },
        [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }, o);
    std::fflush(stdout);
    if (std::ferror(in)) {
      std::cerr << "guidepost: error reading " << a.input << "\n";
      return kExitFindings;
    }
    if (st.failed) {
      std::cerr << "guidepost: " << st.failed << " of " << st.records
                << " records could not be decided (see their \"error\")\n";
      return kExitFindings;
    }
    return kExitOk;
  }

  // One incident: the whole input is one JSON object.
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, in)) > 0) {
    text.append(buf, n);
    if (auto bad = invalid_utf8_at(text)) {
      std::cerr << "error: the description is not valid UTF-8 (byte " << *bad << ")\n";
      return kExitFindings;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      std::cerr << "error: the description is empty\n";
      return kExitFindings;
    }
    if (text.size() > IncidentReader::kMaxRecordBytes) {
      std::cerr << "error: incident is larger than " << IncidentReader::kMaxRecordBytes
                << " bytes; for many incidents use JSON lines (--jsonl)\n";
      return kExitFindings;
    }
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::cerr << "error: " << (a.input == "-" ? "standard input" : a.input)
              << " is empty: expected one JSON incident such as "
                 "{\"behaviors\": [\"fighting\"], \"facts\": {\"injury\": \"minor\"}}\n";
    return kExitFindings;
  }
  IncidentReader reader(plan);
  Incident incident;
  IncidentError err;
  if (!reader.read(text, incident, err)) {
    std::cerr << "error: " << (a.input == "-" ? "<stdin>" : a.input) << ": ";
    if (!err.field.empty()) std::cerr << "field `" << err.field << "`: ";
    std::cerr << err.message << "\n";
    if (err.message.rfind("malformed JSON: text after", 0) == 0 ||
        text.find("}\n{") != std::string::npos)
      std::cerr << "help: for one incident per line, use a .jsonl file or --jsonl\n";
    return kExitFindings;
  }
  return print_decision(a, *plan, incident);
}

}  // namespace guidepost::cli
