// Helpers for the bad-input tests: temporary folders, time limits, and
// finding a diagnostic by rule.
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "guidepost/policy.h"
#include "guidepost/render.h"

namespace fs = std::filesystem;
using guidepost::Diagnostic;
using guidepost::LoadOptions;
using guidepost::LoadResult;

namespace {

// A fresh folder under the system temp folder, marked as a policies root and
// removed (with everything in it) at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
      path_ = fs::temp_directory_path() /
              ("guidepost-bad-input-" + std::to_string(::getpid()) + "-" +
               std::to_string(rd()));
      std::error_code ec;
      if (fs::create_directory(path_, ec)) {
        write("guidepost.json", "{}\n");
        return;
      }
    }
    throw std::runtime_error("cannot create a temporary folder");
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

  fs::path write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p;
  }

 private:
  fs::path path_;
};

// Runs `fn` on another thread; if it has not finished in `limit`, the input
// made the engine hang: fail loudly and end the process rather than stall
// the whole test run.
template <class F>
auto within(std::chrono::seconds limit, const char* what, F fn) -> decltype(fn()) {
  auto fut = std::async(std::launch::async, std::move(fn));
  if (fut.wait_for(limit) != std::future_status::ready) {
    std::fprintf(stderr, "FAILED: %s did not finish within %lld s (hang)\n", what,
                 static_cast<long long>(limit.count()));
    std::fflush(stderr);
    std::_Exit(1);
  }
  return fut.get();
}

LoadOptions rooted(const TempDir& dir) {
  LoadOptions o;
  o.root = dir.path().string();
  return o;
}

LoadResult load_text(const TempDir& dir, const std::string& text,
                     const std::string& name = "input.policy") {
  return guidepost::load_policy_text(name, text, rooted(dir));
}

// Every diagnostic as text, for failure messages.
std::string dump(const LoadResult& r) {
  std::string s;
  for (auto& d : r.diagnostics.items()) s += guidepost::render_text(d, *r.sources);
  return s.empty() ? "(no diagnostics)" : s;
}

const Diagnostic* find_rule(const LoadResult& r, const std::string& rule) {
  for (auto& d : r.diagnostics.items())
    if (d.rule == rule) return &d;
  return nullptr;
}

// The first diagnostic with `rule` must be an error at line:col.
#define EXPECT_ERROR_AT(result, rule_id, line_no, col_no)                              \
  do {                                                                                 \
    const Diagnostic* d_ = find_rule(result, rule_id);                                 \
    ASSERT_NE(d_, nullptr) << "no [" << rule_id << "] diagnostic; got:\n" << dump(result); \
    EXPECT_EQ(d_->severity, guidepost::Severity::Error) << dump(result);               \
    EXPECT_EQ(d_->span.line, static_cast<uint32_t>(line_no)) << dump(result);          \
    EXPECT_EQ(d_->span.col, static_cast<uint32_t>(col_no)) << dump(result);            \
    EXPECT_FALSE((result).ok());                                                       \
  } while (0)

// Every diagnostic is well formed: a rule, a message, and a position that
// lies inside its file (or a path when it has no position). Rendering it
// must not throw.
void expect_well_formed(const LoadResult& r) {
  for (auto& d : r.diagnostics.items()) {
    EXPECT_FALSE(d.rule.empty()) << dump(r);
    EXPECT_FALSE(d.message.empty()) << dump(r);
    if (d.span.known()) {
      const guidepost::SourceFile* f = r.sources->get(d.span.file);
      ASSERT_NE(f, nullptr) << dump(r);
      EXPECT_GE(d.span.line, 1u);
      EXPECT_LE(d.span.line, f->line_starts.size()) << d.rule << ": " << d.message;
      EXPECT_GE(d.span.col, 1u) << d.rule << ": " << d.message;
    } else {
      EXPECT_FALSE(d.path.empty()) << d.rule << ": " << d.message;
    }
    EXPECT_NO_THROW((void)guidepost::render_text(d, *r.sources));
    EXPECT_NO_THROW((void)guidepost::render_json(d, *r.sources));
  }
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Column (1-based, in code points) of `needle` in a single line of ASCII text.
uint32_t col_of(const std::string& line, const std::string& needle) {
  size_t at = line.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return static_cast<uint32_t>(at + 1);
}

const char* kHeader = "policy \"bad-input\" { title \"Bad input\" effective 2024-08-01 }\n";

}  // namespace
