#include "guidepost/batch.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

#include "guidepost/decision_format.h"
#include "guidepost/incident_reader.h"

namespace guidepost {

void append_record_error(std::string& out, long record, std::string_view field,
                         std::string_view message, bool text) {
  if (text) {
    out += "record " + std::to_string(record) + ": error: ";
    if (!field.empty()) out += "field `" + std::string(field) + "`: ";
    out += message;
    out += "\n";
    return;
  }
  out += "{\"record\":" + std::to_string(record) + ",\"error\":{\"field\":";
  append_json_string(out, field);
  out += ",\"message\":";
  append_json_string(out, message);
  out += "}}\n";
}

namespace {

struct Line {
  long record;
  std::string_view text;  // empty with oversized: a record too large to keep
  bool oversized = false;
  size_t size = 0;
  size_t readable = 0;    // bytes readable from text.data(): lets the reader parse in place
};

// One worker's state, reused from block to block.
struct Worker {
  explicit Worker(std::shared_ptr<const Plan> p) : plan(p), reader(p) { scratch.size_for(*p); }
  std::shared_ptr<const Plan> plan;
  IncidentReader reader;
  Scratch scratch;
  Incident incident;
  IncidentError err;
  std::string out;
  size_t failed = 0;

  void run(const Line* begin, const Line* end, const BatchOptions& o) {
    out.clear();
    failed = 0;
    for (const Line* l = begin; l != end; ++l) {
      if (l->oversized) {
        ++failed;
        append_record_error(out, l->record, "",
                            "record is " + std::to_string(l->size) +
                                " bytes or more; the limit is " +
                                std::to_string(IncidentReader::kMaxRecordBytes),
                            o.text);
        continue;
      }
      if (!reader.read(l->text, l->readable, incident, err)) {
        ++failed;
        append_record_error(out, l->record, err.field, err.message, o.text);
        continue;
      }
      if (!o.explain && !o.text) {
        CoreDecision d = decide_core(*plan, incident, scratch);
        append_core_json(out, *plan, incident, d, scratch, l->record);
        out += '\n';
        continue;
      }
      Decision d = decide(*plan, incident, o.depth);
      if (o.text) {
        out += "record " + std::to_string(l->record) + ":\n" + decision_text(*plan, d) + "\n";
      } else {
        FormatOptions fo;
        fo.record = l->record;
        append_decision_json(out, *plan, d, fo);
        out += '\n';
      }
    }
  }
};

}  // namespace

BatchStats run_batch(const std::shared_ptr<const Plan>& plan,
                     const std::function<size_t(char*, size_t)>& read,
                     const std::function<void(std::string_view)>& write,
                     const BatchOptions& o) {
  int threads = o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 64);
  std::vector<Worker> workers;
  workers.reserve(threads);
  for (int i = 0; i < threads; ++i) workers.emplace_back(plan);

  BatchStats stats;
  std::string buf;
  buf.reserve(o.block_bytes + IncidentReader::kMaxRecordBytes + 1);
  std::vector<Line> lines;
  long record = 0;
  bool skipping = false;   // inside an oversized record, looking for its end
  size_t skipped = 0;
  bool eof = false;
  std::vector<char> chunk(o.block_bytes);

  while (!eof) {
    size_t n = read(chunk.data(), chunk.size());
    if (n == 0) eof = true;
    size_t start = 0;
    if (skipping) {
      const char* nl = static_cast<const char*>(std::memchr(chunk.data(), '\n', n));
      if (!nl && !eof) {
        skipped += n;
        continue;
      }
      size_t upto = nl ? static_cast<size_t>(nl - chunk.data()) + 1 : n;
      skipped += upto;
      lines.push_back({record, {}, true, skipped});
      skipping = false;
      start = upto;
    }
    buf.append(chunk.data() + start, n - start);
    // Complete lines are decided now; the tail waits for more bytes.
    size_t pos = 0, last = buf.rfind('\n');
    size_t complete = eof ? buf.size() : (last == std::string::npos ? 0 : last + 1);
    while (pos < complete) {
      size_t nl = buf.find('\n', pos);
      if (nl == std::string::npos || nl >= complete) nl = complete;
      std::string_view line(buf.data() + pos, nl - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++record;
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        if (line.size() > IncidentReader::kMaxRecordBytes) lines.push_back({record, {}, true, line.size()});
        else lines.push_back({record, line, false, line.size()});
      }
      pos = nl + 1;
    }
    // A tail longer than any record can be is an oversized record: drop
    // its bytes, keep its number, and report it when its line ends.
    if (!eof && buf.size() - complete > IncidentReader::kMaxRecordBytes) {
      ++record;
      skipping = true;
      skipped = buf.size() - complete;
      buf.resize(complete);
    }
    if (!lines.empty()) {
      // Padding after the buffer, so every line can be parsed where it is.
      size_t data_end = buf.size();
      buf.append(IncidentReader::kPadding, '\0');
      for (auto& l : lines)
        if (!l.oversized) l.readable = static_cast<size_t>(buf.data() + buf.size() - l.text.data());
      size_t per = (lines.size() + threads - 1) / threads;
      std::vector<std::thread> pool;
      for (int t = 1; t < threads; ++t) {
        size_t b = std::min(lines.size(), per * t), e = std::min(lines.size(), per * (t + 1));
        if (b < e) pool.emplace_back([&, b, e, t] { workers[t].run(&lines[b], &lines[e], o); });
        else workers[t].out.clear(), workers[t].failed = 0;
      }
      workers[0].run(lines.data(), lines.data() + std::min(lines.size(), per), o);
      for (auto& th : pool) th.join();
      for (auto& w : workers) {
        write(w.out);
        stats.failed += w.failed;
      }
      stats.records += lines.size();
      lines.clear();
      buf.resize(data_end);
    }
    buf.erase(0, complete);
  }
  if (skipping) {
    // The input ended inside an oversized record.
    std::string out;
    append_record_error(out, record, "", "record is too large", o.text);
    write(out);
    ++stats.records;
    ++stats.failed;
  }
  return stats;
}

}  // namespace guidepost
