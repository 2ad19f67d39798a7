// Deciding a stream of JSON-lines incidents: read in blocks, decided on
// every core, written in input order, in memory that does not grow with
// the input. The caller supplies the bytes and takes the output.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

#include "guidepost/explain.h"

namespace guidepost {

struct BatchOptions {
  bool explain = true;  // false: the compact fast-path decision
  ExplainDepth depth = ExplainDepth::Summary;
  bool text = false;    // text instead of JSON lines
  int threads = 0;      // 0: one per core
  size_t block_bytes = 1u << 20;
};

struct BatchStats {
  size_t records = 0;  // non-blank lines
  size_t failed = 0;   // records that could not be read
};

// `read` fills up to n bytes and returns how many (0 at the end);
// `write` receives output in order.
BatchStats run_batch(const std::shared_ptr<const Plan>& plan,
                     const std::function<size_t(char*, size_t)>& read,
                     const std::function<void(std::string_view)>& write,
                     const BatchOptions& options);

// One record's error, as the batch writes it.
void append_record_error(std::string& out, long record, std::string_view field,
                         std::string_view message, bool text);

}  // namespace guidepost
