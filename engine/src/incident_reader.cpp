// simdjson's on-demand parser: fast enough that a batch of a million
// incidents is bound by deciding, not by reading.
#include "guidepost/incident_reader.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>

#include "guidepost/diagnostic.h"
#include "name_table.h"
#include "guidepost/reader.h"

namespace guidepost {

namespace sj = simdjson::ondemand;

struct IncidentReader::Impl {
  explicit Impl(std::shared_ptr<const Plan> p)
      : plan(std::move(p)), facts(plan->model->fact_index), behaviors(plan->model->behavior_index) {}
  std::shared_ptr<const Plan> plan;
  NameTable facts, behaviors;
  sj::parser parser;
  std::string buffer;  // padded copy of the record
};

IncidentReader::IncidentReader(std::shared_ptr<const Plan> plan)
    : impl_(std::make_unique<Impl>(std::move(plan))) {}
IncidentReader::~IncidentReader() = default;
IncidentReader::IncidentReader(IncidentReader&&) noexcept = default;

namespace {

std::string ticked(std::string_view s) { return "`" + std::string(s) + "`"; }

std::string suggestion(std::string_view name, const std::map<std::string, int, std::less<>>& idx) {
  std::vector<std::string> names;
  for (auto& [n, _] : idx) names.push_back(n);
  std::string c = closest_name(std::string(name), names);
  return c.empty() ? "" : " (did you mean " + ticked(c) + "?)";
}

bool fail(IncidentError& err, std::string field, std::string message) {
  err.field = std::move(field);
  err.message = std::move(message);
  return false;
}

const char* json_error(simdjson::error_code e) {
  switch (e) {
    case simdjson::UTF8_ERROR: return "invalid UTF-8";
    case simdjson::EMPTY: return "empty record";
    case simdjson::TAPE_ERROR:
    case simdjson::INCORRECT_TYPE:
    default: return simdjson::error_message(e);
  }
}

bool read_fact(const Model& m, const NameTable& facts, std::string_view key, sj::value v,
               Incident& out, IncidentError& err) {
  auto field = [&] { return "facts." + std::string(key); };
  int index = facts.find(key);
  if (index < 0)
    return fail(err, field(), "unknown fact " + ticked(key) + suggestion(key, m.fact_index));
  const FactDef& f = m.facts[index];
  int64_t value = 0;
  switch (f.kind) {
    case FactKind::Bool: {
      bool b;
      if (v.get_bool().get(b))
        return fail(err, field(), ticked(f.name) + " must be true or false");
      value = b;
      break;
    }
    case FactKind::Int: {
      int64_t n;
      auto e = v.get_int64().get(n);
      if (e) {
        return fail(err, field(),
                    ticked(f.name) + " must be a whole number in " + std::to_string(f.lo) +
                        ".." + std::to_string(f.hi));
      }
      if (n < f.lo || n > f.hi)
        return fail(err, field(),
                    std::to_string(n) + " is outside " + ticked(f.name) + "'s range " +
                        std::to_string(f.lo) + ".." + std::to_string(f.hi));
      value = n;
      break;
    }
    case FactKind::Enum: {
      std::string_view s;
      if (v.get_string().get(s)) {
        std::string all;
        for (auto& x : f.values) all += (all.empty() ? "" : ", ") + x;
        return fail(err, field(), ticked(f.name) + " must be one of: " + all);
      }
      auto pos = std::find(f.values.begin(), f.values.end(), s);
      if (pos == f.values.end()) {
        std::string c = closest_name(std::string(s), f.values);
        std::string all;
        for (auto& x : f.values) all += (all.empty() ? "" : ", ") + x;
        return fail(err, field(),
                    ticked(s) + " is not a value of " + ticked(f.name) +
                        (c.empty() ? " (one of: " + all + ")" : " (did you mean " + ticked(c) + "?)"));
      }
      value = pos - f.values.begin();
      break;
    }
  }
  for (auto& g : out.facts)
    if (g.fact == index) return fail(err, field(), "fact given twice");
  out.facts.push_back({index, value, {}});
  return true;
}

}  // namespace

bool IncidentReader::read(std::string_view json, Incident& out, IncidentError& err) {
  return read(json, json.size(), out, err);
}

bool IncidentReader::read(std::string_view json, size_t readable, Incident& out,
                          IncidentError& err) {
  static_assert(kPadding >= simdjson::SIMDJSON_PADDING);
  if (read_fast(json, readable, out, err)) {
    if (out.described) {
      // What the incident gives wins over what its description says.
      thread_local std::vector<Mention> mentions;
      std::string text = std::move(out.description);
      impl_->plan->reader->read(text, mentions);
      apply_reading(*impl_->plan->model, text, mentions, out);
    }
    return true;
  }
  // On-demand parsing finds a syntax error only where it looks; on the
  // error path, say precisely what is malformed when the JSON is.
  try {
    auto parsed = nlohmann::json::parse(json.begin(), json.end());
    (void)parsed;
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    auto colon = what.find("] ");
    err.field.clear();
    err.message = "malformed JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
  }
  return false;
}

bool IncidentReader::read_fast(std::string_view json, size_t readable, Incident& out,
                               IncidentError& err) {
  out.id.clear();
  out.behaviors.clear();
  out.facts.clear();
  out.description.clear();
  out.described = false;
  out.behavior_evidence.clear();
  out.set_aside.clear();
  if (json.size() > kMaxRecordBytes)
    return fail(err, "", "record is " + std::to_string(json.size()) + " bytes; the limit is " +
                             std::to_string(kMaxRecordBytes));
  const Model& m = *impl_->plan->model;
  const char* text = json.data();
  size_t allocated = readable;
  if (readable < json.size() + simdjson::SIMDJSON_PADDING) {
    auto& buf = impl_->buffer;
    buf.assign(json);
    buf.resize(json.size() + simdjson::SIMDJSON_PADDING, '\0');
    text = buf.data();
    allocated = buf.size();
  }
  sj::document doc;
  if (auto e = impl_->parser.iterate(text, json.size(), allocated).get(doc))
    return fail(err, "", std::string("malformed JSON: ") + json_error(e));
  sj::object obj;
  if (auto e = doc.get_object().get(obj)) {
    if (e == simdjson::INCORRECT_TYPE) return fail(err, "", "an incident is a JSON object");
    return fail(err, "", std::string("malformed JSON: ") + json_error(e));
  }
  try {
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) return fail(err, "", "malformed JSON: bad key");
      sj::value v = field.value();
      if (key == "id") {
        std::string_view s;
        int64_t n;
        if (!v.get_string().get(s)) out.id = std::string(s);
        else if (!v.get_int64().get(n)) out.id = std::to_string(n);
        else return fail(err, "id", "`id` must be a string or a number");
      } else if (key == "behaviors") {
        sj::array arr;
        if (v.get_array().get(arr)) return fail(err, "behaviors", "`behaviors` must be a list of behavior ids");
        size_t i = 0;
        for (auto el : arr) {
          size_t at = i++;
          auto field_name = [at] { return "behaviors[" + std::to_string(at) + "]"; };
          std::string_view s;
          if (el.get_string().get(s)) return fail(err, field_name(), "a behavior id is a string");
          int b = impl_->behaviors.find(s);
          if (b < 0)
            return fail(err, field_name(), "unknown behavior " + ticked(s) + suggestion(s, m.behavior_index));
          if (std::find(out.behaviors.begin(), out.behaviors.end(), b) == out.behaviors.end())
            out.behaviors.push_back(b);
        }
      } else if (key == "facts") {
        sj::object fo;
        if (v.get_object().get(fo)) return fail(err, "facts", "`facts` must be an object");
        for (auto ff : fo) {
          std::string_view fk;
          if (ff.unescaped_key().get(fk)) return fail(err, "facts", "malformed JSON: bad key");
          if (!read_fact(m, impl_->facts, fk, ff.value(), out, err)) return false;
        }
      } else if (key == "description") {
        std::string_view s;
        if (v.get_string().get(s)) return fail(err, "description", "`description` must be a string");
        out.description = std::string(s);
        out.described = true;
      } else {
        static const std::map<std::string, int, std::less<>> keys = {
            {"id", 0}, {"behaviors", 0}, {"facts", 0}, {"description", 0}};
        return fail(err, std::string(key), "unknown field " + ticked(key) + suggestion(key, keys));
      }
    }
    const char* loc = nullptr;
    if (doc.current_location().get(loc) == simdjson::SUCCESS && loc) {
      std::string_view rest(loc, static_cast<size_t>(text + json.size() - loc));
      if (rest.find_first_not_of(" \t\r\n") != std::string_view::npos)
        return fail(err, "", "malformed JSON: text after the incident");
    }
  } catch (const simdjson::simdjson_error& e) {
    return fail(err, "", std::string("malformed JSON: ") + e.what());
  }
  return true;
}

}  // namespace guidepost
