// A small open-addressing hash table from names to indexes: incident input
// looks up every fact and behavior name, and a tree of strings was a third
// of the reading time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace guidepost {

class NameTable {
 public:
  template <class Map>
  explicit NameTable(const Map& names) {
    size_t cap = 16;
    while (cap < names.size() * 2) cap *= 2;
    slots_.assign(cap, Slot{});
    for (auto& [name, index] : names) {
      size_t h = hash(name) & (cap - 1);
      while (slots_[h].index >= 0) h = (h + 1) & (cap - 1);
      slots_[h] = {name, index};
    }
  }
  int find(std::string_view name) const {
    size_t mask = slots_.size() - 1;
    for (size_t h = hash(name) & mask;; h = (h + 1) & mask) {
      const Slot& s = slots_[h];
      if (s.index < 0) return -1;
      if (s.name == name) return s.index;
    }
  }

 private:
  struct Slot {
    std::string name;
    int index = -1;
  };
  static size_t hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  std::vector<Slot> slots_;
};

}  // namespace guidepost
