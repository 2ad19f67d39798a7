// The words a thread has read, with what each came to (engine/src/read/
// reader.cpp asks it of every word of every description).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace guidepost::read {

// What a word of a description comes to: its stem id, whether a slip was
// corrected to reach it, and its value as a number word.
struct WordInfo {
  int stem;
  bool typo;
  int64_t number;  // as a number word ("two"), or -1
};

// The words a thread has read, remembered: descriptions reuse their words.
// Open addressing over a power-of-two table (no division per lookup), keys
// kept in one pool; cleared for another reader or when it grows large.
class WordCache {
 public:
  void own(uint64_t reader) {
    if (owner_ != reader || count_ > kMax) {
      slots_.assign(1024, Slot{});
      pool_.clear();
      count_ = 0;
      owner_ = reader;
    }
  }
  const WordInfo* find(std::string_view w) const {
    uint64_t h = hash(w);
    for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.len == w.size() && pool_.compare(s.off, s.len, w) == 0) return &s.info;
    }
  }
  void add(std::string_view w, const WordInfo& info) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    uint64_t h = hash(w);
    size_t i = h & (slots_.size() - 1);
    while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = Slot{h, static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(w.size()), info, true};
    pool_.append(w);
    ++count_;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0, len = 0;
    WordInfo info{};
    bool used = false;
  };
  static constexpr size_t kMax = 200000;
  static uint64_t hash(std::string_view w) {  // FNV-1a: words are short
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  std::string pool_;
  size_t count_ = 0;
  uint64_t owner_ = 0;
};

}  // namespace guidepost::read
