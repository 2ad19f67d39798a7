// A unified diff of two texts, as `diff -u` writes it, for `guidepost fmt
// --diff`. Lines are matched by a longest common subsequence after the common
// head and tail are set aside; a change too large for that table is shown as
// one replacement.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "guidepost/format.h"

namespace guidepost {
namespace {

// Lines with their newline, so that a last line without one differs from
// the same line with one.
std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find('\n', b);
    e = e == std::string_view::npos ? s.size() : e + 1;
    out.push_back(s.substr(b, e - b));
    b = e;
  }
  return out;
}

enum class Op : uint8_t { Keep, Del, Add };
struct Edit {
  Op op;
  size_t a, b;  // line indexes in before and after (the one the op is about)
};

constexpr size_t kMaxTable = 16u << 20;  // cells of the LCS table

std::vector<Edit> edit_script(const std::vector<std::string_view>& a,
                              const std::vector<std::string_view>& b) {
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<Edit> out;
  for (size_t k = 0; k < head; ++k) out.push_back({Op::Keep, k, k});
  if ((n + 1) * (m + 1) <= kMaxTable) {
    // lcs[i][j]: the LCS of a[head+i..] and b[head+j..] (middle part only).
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        out.push_back({Op::Keep, head + i++, head + j++});
      } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
        out.push_back({Op::Del, head + i++, head + j});
      } else {
        out.push_back({Op::Add, head + i, head + j++});
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) out.push_back({Op::Del, head + i, head});
    for (size_t j = 0; j < m; ++j) out.push_back({Op::Add, head + n, head + j});
  }
  for (size_t k = 0; k < tail; ++k)
    out.push_back({Op::Keep, head + n + k, head + m + k});
  return out;
}

// "@@ -3,4" in diff's spelling: a one-line range omits ",1"; an empty range
// names the line before it.
std::string range(size_t first, size_t count) {
  if (count == 0) return std::to_string(first) + ",0";
  if (count == 1) return std::to_string(first + 1);
  return std::to_string(first + 1) + "," + std::to_string(count);
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  if (!line.empty() && line.back() == '\n') {
    out.append(line);
  } else {
    out.append(line);
    out += "\n\\ No newline at end of file\n";
  }
}

}  // namespace

std::string unified_diff(const std::string& from_label, const std::string& to_label,
                         std::string_view before, std::string_view after, int context) {
  if (before == after) return {};
  auto a = split_lines(before), b = split_lines(after);
  std::vector<Edit> edits = edit_script(a, b);
  size_t ctx = static_cast<size_t>(std::max(context, 0));
  std::string out = "--- " + from_label + "\n+++ " + to_label + "\n";
  size_t k = 0;
  while (k < edits.size()) {
    // The next change, and the hunk around it: changes closer than twice the
    // context share a hunk.
    while (k < edits.size() && edits[k].op == Op::Keep) ++k;
    if (k == edits.size()) break;
    size_t first = k >= ctx ? k - ctx : 0;
    size_t last = k;  // one past the last change of the hunk
    size_t scan = k;
    while (scan < edits.size()) {
      if (edits[scan].op != Op::Keep) {
        last = ++scan;
        continue;
      }
      size_t run = scan;
      while (run < edits.size() && edits[run].op == Op::Keep) ++run;
      if (run == edits.size() || run - scan > 2 * ctx) break;
      scan = run;
    }
    size_t end = std::min(edits.size(), last + ctx);
    size_t a_first = edits[first].a, b_first = edits[first].b, a_n = 0, b_n = 0;
    for (size_t x = first; x < end; ++x) {
      if (edits[x].op != Op::Add) ++a_n;
      if (edits[x].op != Op::Del) ++b_n;
    }
    out += "@@ -" + range(a_first, a_n) + " +" + range(b_first, b_n) + " @@\n";
    for (size_t x = first; x < end; ++x) {
      const Edit& e = edits[x];
      if (e.op == Op::Keep) append_line(out, ' ', a[e.a]);
      else if (e.op == Op::Del) append_line(out, '-', a[e.a]);
      else append_line(out, '+', b[e.b]);
    }
    k = end;
  }
  return out;
}

}  // namespace guidepost
