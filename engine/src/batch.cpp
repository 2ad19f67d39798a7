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
  size_t offset = 0;      // where the line starts in its block
};

// One worker's state, reused from block to block.
struct Worker {
  explicit Worker(std::shared_ptr<const Plan> p) : plan(p), reader(p), writer(p) {
    scratch.size_for(*p);
  }
  std::shared_ptr<const Plan> plan;
  IncidentReader reader;
  CoreJsonWriter writer;
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
        writer.append(out, incident, d, scratch, l->record);
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

namespace {

// One block of input: its bytes and the lines in them.
struct Block {
  std::string buf;
  size_t complete = 0;  // bytes [0, complete) are whole lines
  std::vector<Line> lines;
};

// Cuts the input into blocks of whole lines, numbering them. A line longer
// than any record may be is dropped as it streams by, and reported.
class Splitter {
 public:
  Splitter(const std::function<size_t(char*, size_t)>& read, size_t block_bytes)
      : read_(read), chunk_(block_bytes) {}

  bool done() const { return eof_; }

  // Fills `dst` with the next lines; `prev` holds the tail left over.
  void fill(Block& dst, const Block* prev) {
    dst.lines.clear();
    dst.buf.clear();
    dst.complete = 0;
    if (prev) dst.buf.append(prev->buf, prev->complete, std::string::npos);
    while (!eof_ && dst.lines.empty()) {
      size_t n = read_(chunk_.data(), chunk_.size());
      if (n == 0) eof_ = true;
      size_t start = 0;
      if (skipping_) {
        const char* nl = static_cast<const char*>(std::memchr(chunk_.data(), '\n', n));
        if (!nl && !eof_) {
          skipped_ += n;
          continue;
        }
        size_t upto = nl ? static_cast<size_t>(nl - chunk_.data()) + 1 : n;
        skipped_ += upto;
        dst.lines.push_back({record_, {}, true, skipped_});
        skipping_ = false;
        start = upto;
      }
      dst.buf.append(chunk_.data() + start, n - start);
      split(dst);
    }
    if (eof_ && dst.lines.empty()) split(dst);
    // Padding after the bytes, so every line can be parsed where it is.
    // Views are made only now: appending may have moved the bytes.
    size_t data_end = dst.buf.size();
    dst.buf.append(IncidentReader::kPadding, '\0');
    for (auto& l : dst.lines) {
      if (l.oversized) continue;
      l.text = std::string_view(dst.buf.data() + l.offset, l.size);
      l.readable = data_end - l.offset + IncidentReader::kPadding;
    }
    dst.buf.resize(data_end);  // capacity (and the zero bytes) stay
  }

  // The input ended inside an oversized record.
  bool ended_inside_record() const { return skipping_; }
  long record() const { return record_; }

 private:
  void split(Block& b) {
    size_t pos = b.complete, last = b.buf.rfind('\n');
    size_t end = eof_ ? b.buf.size() : (last == std::string::npos || last < pos ? pos : last + 1);
    b.complete = end;
    while (pos < b.complete) {
      size_t nl = b.buf.find('\n', pos);
      if (nl == std::string::npos || nl >= b.complete) nl = b.complete;
      std::string_view line(b.buf.data() + pos, nl - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++record_;
      if (line.find_first_not_of(" \t") != std::string_view::npos) {
        if (line.size() > IncidentReader::kMaxRecordBytes)
          b.lines.push_back({record_, {}, true, line.size()});
        else
          b.lines.push_back({record_, {}, false, line.size(), 0, pos});
      }
      pos = nl + 1;
    }
    // A tail longer than any record can be: drop its bytes, keep its
    // number, and report it when its line ends.
    if (!eof_ && b.buf.size() - b.complete > IncidentReader::kMaxRecordBytes) {
      ++record_;
      skipping_ = true;
      skipped_ = b.buf.size() - b.complete;
      b.buf.resize(b.complete);
    }
  }

  const std::function<size_t(char*, size_t)>& read_;
  std::vector<char> chunk_;
  long record_ = 0;
  bool skipping_ = false;
  size_t skipped_ = 0;
  bool eof_ = false;
};

}  // namespace

BatchStats run_batch(const std::shared_ptr<const Plan>& plan,
                     const std::function<size_t(char*, size_t)>& read,
                     const std::function<void(std::string_view)>& write,
                     const BatchOptions& o) {
  int threads = o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 64);
  // Two sets of workers and blocks: while the workers decide one block, this
  // thread writes the previous block's output and reads the next block.
  std::vector<Worker> workers[2];
  for (auto& set : workers) {
    set.reserve(threads);
    for (int i = 0; i < threads; ++i) set.emplace_back(plan);
  }
  Block blocks[2];
  Splitter splitter(read, o.block_bytes);
  BatchStats stats;
  splitter.fill(blocks[0], nullptr);
  bool pending = false;  // blocks[1 - cur] has output to write
  for (int cur = 0;; cur = 1 - cur) {
    Block& b = blocks[cur];
    auto& set = workers[cur];
    size_t per = (b.lines.size() + threads - 1) / threads;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      size_t from = std::min(b.lines.size(), per * t), to = std::min(b.lines.size(), per * (t + 1));
      set[t].out.clear();
      set[t].failed = 0;
      if (from < to)
        pool.emplace_back([&, from, to, t] { set[t].run(&b.lines[from], &b.lines[to], o); });
    }
    if (pending)
      for (auto& w : workers[1 - cur]) write(w.out);
    bool more = !splitter.done();
    if (more) splitter.fill(blocks[1 - cur], &b);
    for (auto& th : pool) th.join();
    for (auto& w : set) stats.failed += w.failed;
    stats.records += b.lines.size();
    pending = true;
    if (!more || (blocks[1 - cur].lines.empty() && splitter.done())) {
      for (auto& w : set) write(w.out);
      break;
    }
  }
  if (splitter.ended_inside_record()) {
    std::string out;
    append_record_error(out, splitter.record(), "", "record is too large", o.text);
    write(out);
    ++stats.records;
    ++stats.failed;
  }
  return stats;
}

}  // namespace guidepost
