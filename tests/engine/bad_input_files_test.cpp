// Inputs too strange to commit as golden files: links that loop, FIFOs,
// folders, random bytes, encodings and line endings. Each test checks the
// rule id (and the position, where there is one) and that loading neither
// crashes nor hangs.
#include "bad_input_support.h"
// ---- files that are not policy files ---------------------------------------------

TEST(BadInput, MissingFile) {
  TempDir dir;
  std::string p = (dir / "no_such_policy.policy").string();
  LoadResult r = guidepost::load_policy(p);
  const Diagnostic* d = find_rule(r, "file-not-found");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_FALSE(d->span.known());
  EXPECT_EQ(d->path, p);
  EXPECT_FALSE(r.ok());

  LoadResult empty = guidepost::load_policy("");
  EXPECT_FALSE(empty.ok());
  EXPECT_TRUE(empty.diagnostics.has_errors());
}

TEST(BadInput, FolderGivenAsFile) {
  TempDir dir;
  fs::create_directory(dir / "district.policy");
  std::string p = (dir / "district.policy").string();
  LoadResult r = guidepost::load_policy(p);
  const Diagnostic* d = find_rule(r, "io-error");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->path, p);
  EXPECT_NE(d->message.find("folder"), std::string::npos) << d->message;
  EXPECT_FALSE(r.ok());
}

TEST(BadInput, SymlinkLoop) {
  TempDir dir;
  fs::create_symlink("b.policy", dir / "a.policy");
  fs::create_symlink("a.policy", dir / "b.policy");
  std::string a = (dir / "a.policy").string();

  LoadResult r = within(std::chrono::seconds(20), "load_policy on a link loop",
                        [&] { return guidepost::load_policy(a); });
  const Diagnostic* d = find_rule(r, "io-error");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->path, a);
  EXPECT_NE(d->message.find("link loop"), std::string::npos) << d->message;

  {
    guidepost::Diagnostics diags;
    auto paths = within(std::chrono::seconds(20), "expand_policy_paths on a link loop",
                        [&] { return guidepost::expand_policy_paths(a, diags); });
    EXPECT_TRUE(paths.empty());
    ASSERT_EQ(diags.items().size(), 1u);
    EXPECT_EQ(diags.items()[0].rule, "io-error");
    EXPECT_EQ(diags.items()[0].path, a);
  }
  {
    // The folder: listing it must end, and what it lists must then fail to
    // load with a diagnostic (the links are reported, not skipped).
    guidepost::Diagnostics diags;
    auto paths = within(std::chrono::seconds(20), "expand_policy_paths on a folder of loops",
                        [&] { return guidepost::expand_policy_paths(dir.path().string(), diags); });
    size_t io_errors = 0;
    for (auto& d : diags.items()) io_errors += d.rule == "io-error";
    for (auto& p : paths) {
      LoadResult each = within(std::chrono::seconds(20), "loading a listed link",
                               [&] { return guidepost::load_policy(p); });
      EXPECT_FALSE(each.ok()) << p;
      for (auto& d : each.diagnostics.items()) io_errors += d.rule == "io-error";
    }
    EXPECT_EQ(io_errors, 2u) << "one diagnostic for each looping link";
  }
}

TEST(BadInput, LinkToOwnFolderDoesNotLoopListing) {
  TempDir dir;
  dir.write("rules/district.policy", kHeader);
  fs::create_directory_symlink("..", dir / "rules" / "up");
  fs::create_directory_symlink(".", dir / "rules" / "self");
  guidepost::Diagnostics diags;
  auto paths = within(std::chrono::seconds(20), "listing a folder that links to itself",
                      [&] { return guidepost::expand_policy_paths(dir.path().string(), diags); });
  EXPECT_TRUE(diags.items().empty());
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(fs::path(paths[0]).filename(), "district.policy");
}

TEST(BadInput, ImportOfLinkLoop) {
  TempDir dir;
  fs::create_symlink("b.policy", dir / "a.policy");
  fs::create_symlink("a.policy", dir / "b.policy");
  LoadResult r = load_text(dir, std::string(kHeader) + "import \"a.policy\"\n");
  EXPECT_ERROR_AT(r, "io-error", 2, 1);
}

TEST(BadInput, FifoIsNotRead) {
  TempDir dir;
  fs::path fifo = dir / "pipe.policy";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);

  // If the engine did open the FIFO it would block until a writer came; a
  // guard plays that writer after a while, so the test then fails instead of
  // hanging.
  std::mutex m;
  std::condition_variable cv;
  bool done = false;
  std::thread guard([&] {
    std::unique_lock<std::mutex> lock(m);
    if (cv.wait_for(lock, std::chrono::seconds(5), [&] { return done; })) return;
    ADD_FAILURE() << "load_policy blocked on a FIFO";
    int fd = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  });
  auto start = std::chrono::steady_clock::now();
  LoadResult r = guidepost::load_policy(fifo.string());
  LoadResult imported = load_text(dir, std::string(kHeader) + "import \"pipe.policy\"\n");
  {
    std::lock_guard<std::mutex> lock(m);
    done = true;
  }
  cv.notify_all();
  guard.join();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));

  const Diagnostic* d = find_rule(r, "io-error");
  ASSERT_NE(d, nullptr) << dump(r);
  EXPECT_EQ(d->path, fifo.string());
  EXPECT_NE(d->message.find("not a regular file"), std::string::npos) << d->message;
  EXPECT_ERROR_AT(imported, "io-error", 2, 1);

  guidepost::Diagnostics diags;
  auto paths = guidepost::expand_policy_paths(dir.path().string(), diags);
  EXPECT_TRUE(paths.empty()) << paths.front();
}

TEST(BadInput, ImportOfFolder) {
  TempDir dir;
  fs::create_directories(dir / "shared");
  dir.write("shared/facts.policy", "facts { iep : bool = false }\n");
  LoadResult r = load_text(dir, std::string(kHeader) + "import \"shared\"\n");
  EXPECT_ERROR_AT(r, "import-is-directory", 2, 1);
  const Diagnostic* d = find_rule(r, "import-is-directory");
  EXPECT_EQ(d->span.end_line, 2u);
  EXPECT_EQ(d->span.end_col, 1u + std::string("import \"shared\"").size());
}

TEST(BadInput, ImportEscapingRoot) {
  TempDir dir;
  dir.write("outside.policy", "facts { iep : bool = false }\n");
  dir.write("district/guidepost.json", "{}\n");
  fs::create_symlink("../outside.policy", dir / "district" / "linked.policy");
  LoadOptions opts;
  opts.root = (dir / "district").string();

  LoadResult up = guidepost::load_policy_text(
      "main.policy", std::string(kHeader) + "import \"../outside.policy\"\n", opts);
  EXPECT_ERROR_AT(up, "import-escapes-root", 2, 1);

  LoadResult absolute = guidepost::load_policy_text(
      "main.policy", std::string(kHeader) + "\nimport \"" + (dir / "outside.policy").string() + "\"\n",
      opts);
  EXPECT_ERROR_AT(absolute, "import-escapes-root", 3, 1);

  LoadResult linked = guidepost::load_policy_text(
      "main.policy", std::string(kHeader) + "import \"linked.policy\"\n", opts);
  EXPECT_ERROR_AT(linked, "import-escapes-root", 2, 1);
}

// Once a crash: the loader wrote into a result that had been moved from.
TEST(BadInput, ImportCycleIsReported) {
  TempDir dir;
  dir.write("a.policy", std::string(kHeader) + "import \"b.policy\"\n");
  dir.write("b.policy", "import \"a.policy\"\nfacts { iep : bool = false }\n");
  LoadResult r = guidepost::load_policy((dir / "a.policy").string());
  EXPECT_ERROR_AT(r, "import-cycle", 1, 1);
  EXPECT_EQ(r.sources->get(find_rule(r, "import-cycle")->span.file)->path,
            (fs::path(dir / "b.policy")).string());
}

// ---- random bytes ------------------------------------------------------------------

TEST(BadInput, RandomBinaryGarbage) {
  TempDir dir;
  std::mt19937 rng(20240801);
  std::string bytes(64 * 1024, '\0');
  for (auto& c : bytes) c = static_cast<char>(rng() & 0xFF);
  fs::path p = dir.write("garbage.policy", bytes);
  LoadResult r = within(std::chrono::seconds(60), "64 KB of random bytes",
                        [&] { return guidepost::load_policy(p.string()); });
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.diagnostics.has_errors());
  expect_well_formed(r);
  // The first byte that is not UTF-8 is the one reported.
  const Diagnostic* d = find_rule(r, "invalid-utf8");
  ASSERT_NE(d, nullptr) << dump(r);
}

TEST(BadInput, RandomPrintableGarbageStopsAfterMaxErrors) {
  TempDir dir;
  std::mt19937 rng(7);
  std::string text(64 * 1024, ' ');
  for (auto& c : text) c = static_cast<char>(0x20 + rng() % 95);
  for (size_t i = 80; i < text.size(); i += 81) text[i] = '\n';
  LoadResult r = within(std::chrono::seconds(60), "64 KB of printable garbage",
                        [&] { return load_text(dir, text); });
  EXPECT_FALSE(r.ok());
  const int max_errors = guidepost::ParseOptions{}.max_errors;
  EXPECT_LE(r.diagnostics.error_count(), static_cast<size_t>(max_errors) + 1);
  expect_well_formed(r);
}

TEST(BadInput, TenThousandStrayCharacters) {
  TempDir dir;
  LoadResult r = load_text(dir, std::string(10000, '@'));
  const int max_errors = guidepost::ParseOptions{}.max_errors;
  EXPECT_EQ(r.diagnostics.error_count(), static_cast<size_t>(max_errors) + 1) << dump(r);
  bool stopped = false;
  for (auto& d : r.diagnostics.items())
    stopped |= d.message.find("too many syntax errors") != std::string::npos;
  EXPECT_TRUE(stopped) << dump(r);
}

TEST(BadInput, RandomTokenSoup) {
  // Words of the language in random order: every parser recovery path gets a
  // turn. Any outcome is fine except a crash, a hang or a malformed diagnostic.
  static const std::vector<std::string> words = {
      "policy", "import", "facts", "responses", "level", "behavior", "extend", "roles",
      "escalation", "define", "agreement", "clause", "test", "when", "unless", "asked",
      "terms", "implies", "permit", "forbid", "require", "sro", ".", "arrest", "notify",
      "(", ")", "{", "}", ",", ":", "=", "==", "<=", ">", "..", "->", "not", "and", "or",
      "in", "bool", "int", "enum", "true", "false", "none", "1", "5", "-3", "4.1",
      "2024-08-01", "ROLE-01", "\"text\"", "\"\"", "quote", "kinds", "expect", "outcome",
      "given", "behaviors", "checks", "iep", "injury", "weapon", "// c\n", "/* c */", "\n"};
  TempDir dir;
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 rng(seed);
    std::string text;
    for (int i = 0; i < 800; ++i) text += words[rng() % words.size()] + " ";
    SCOPED_TRACE("seed " + std::to_string(seed));
    LoadResult r = within(std::chrono::seconds(30), "random tokens",
                          [&] { return load_text(dir, text); });
    expect_well_formed(r);
  }
}

TEST(BadInput, MutatedExamplePolicy) {
  // Small edits to a valid policy (a line dropped, doubled or moved, a word
  // swapped for another) mostly still parse, so they reach the checker.
  std::ifstream in(std::string(GUIDEPOST_SOURCE_DIR) + "/tests/golden/check/clean.policy");
  ASSERT_TRUE(in) << "cannot read the example policy";
  std::vector<std::string> lines, words;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
    std::string w;
    for (char c : line + " ") {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
        w += c;
      } else if (!w.empty()) {
        words.push_back(w);
        w.clear();
      }
    }
  }
  ASSERT_GT(lines.size(), 10u);
  TempDir dir;
  size_t checked = 0;
  for (unsigned seed = 1; seed <= 1000; ++seed) {
    std::mt19937 rng(seed);
    std::vector<std::string> m = lines;
    for (int edits = 1 + rng() % 3; edits > 0; --edits) {
      size_t i = rng() % m.size(), j = rng() % m.size();
      switch (rng() % 4) {
        case 0: m.erase(m.begin() + i); break;
        case 1: m.insert(m.begin() + i, m[j]); break;
        case 2: std::swap(m[i], m[j]); break;
        default: {
          const std::string& from = words[rng() % words.size()];
          const std::string& to = words[rng() % words.size()];
          size_t at = m[i].find(from);
          if (at != std::string::npos) m[i].replace(at, from.size(), to);
        }
      }
      if (m.empty()) m.push_back("");
    }
    std::string text;
    for (auto& l : m) text += l + "\n";
    SCOPED_TRACE("seed " + std::to_string(seed) + ":\n" + text);
    LoadResult r = within(std::chrono::seconds(30), "a mutated policy",
                          [&] { return load_text(dir, text); });
    expect_well_formed(r);
    checked += find_rule(r, "syntax") == nullptr;
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_GT(checked, 150u) << "many mutants should get past the parser";
}

TEST(BadInput, NulBytes) {
  TempDir dir;
  std::string text = std::string(kHeader) + std::string("level 1 \"a\" { }\0\0\n", 18);
  LoadResult r = load_text(dir, text);
  EXPECT_ERROR_AT(r, "syntax", 2, 16);
  expect_well_formed(r);
}

// ---- encodings and line endings ------------------------------------------------------

TEST(BadInput, InvalidUtf8AtKnownPosition) {
  TempDir dir;
  struct Case {
    const char* what;
    std::string bad;
  };
  const std::vector<Case> cases = {
      {"Latin-1 byte", "\xE9"},
      {"lone continuation byte", "\x80"},
      {"overlong slash", "\xC0\xAF"},
      {"surrogate", "\xED\xA0\x80"},
      {"past U+10FFFF", "\xF4\x90\x80\x80"},
      {"lead byte 0xFF", "\xFF"},
      {"truncated sequence", "\xE2\x82"},
  };
  for (auto& c : cases) {
    SCOPED_TRACE(c.what);
    // Line 3 has a valid two-byte character first: columns count characters,
    // so the bad byte's column equals the byte length of what precedes it.
    std::string line3 = "  late : bool = false \"Arriv\xC3\xA9" "e " + c.bad + "\"";
    std::string text = std::string(kHeader) + "facts {\n" + line3 + "\n}\n";
    LoadResult r = load_text(dir, text);
    uint32_t col = static_cast<uint32_t>(std::string("  late : bool = false \"Arrivée ").size());
    EXPECT_ERROR_AT(r, "invalid-utf8", 3, col);
    expect_well_formed(r);
  }
  // At the very end of the file, after the last newline.
  LoadResult end = load_text(dir, std::string(kHeader) + "\xC3");
  EXPECT_ERROR_AT(end, "invalid-utf8", 2, 1);
}

TEST(BadInput, ByteOrderMarkIsAccepted) {
  TempDir dir;
  const std::string bom = "\xEF\xBB\xBF";
  LoadResult clean = load_text(dir, bom + kHeader + "facts { iep : bool = false }\n");
  EXPECT_TRUE(clean.ok()) << dump(clean);
  EXPECT_TRUE(clean.diagnostics.items().empty()) << dump(clean);

  // Columns on the first line do not count the (invisible) mark.
  std::string line1 = "policy \"bom\" { titel \"Saved by Notepad\" }";
  LoadResult r = load_text(dir, bom + line1 + "\n");
  EXPECT_ERROR_AT(r, "unknown-name", 1, col_of(line1, "titel"));

  fs::path p = dir.write("bom.policy", bom + kHeader);
  LoadResult file = guidepost::load_policy(p.string());
  EXPECT_TRUE(file.ok()) << dump(file);
}

TEST(BadInput, CrlfLineEndingsKeepColumns) {
  TempDir dir;
  std::string line4 = "define hurt = iep and injry != none";
  std::string lf = std::string(kHeader) + "facts {\n  iep : bool = false  injury : enum { none, minor } = none\n}\n" +
                   line4 + "\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);

  LoadResult a = load_text(dir, lf);
  LoadResult b = load_text(dir, crlf);
  EXPECT_ERROR_AT(a, "unknown-name", 5, col_of(line4, "injry"));
  EXPECT_ERROR_AT(b, "unknown-name", 5, col_of(line4, "injry"));
  const Diagnostic* d = find_rule(b, "unknown-name");
  EXPECT_EQ(d->span.end_col, col_of(line4, "injry") + 5);
  std::string shown = guidepost::render_text(*d, *b.sources);
  EXPECT_EQ(shown.find('\r'), std::string::npos) << shown;
  EXPECT_EQ(shown, guidepost::render_text(*find_rule(a, "unknown-name"), *a.sources));

  // A syntax error at the end of a CRLF line.
  LoadResult s = load_text(dir, std::string("facts {\r\n  iep : bool = \r\n}\r\n"));
  EXPECT_ERROR_AT(s, "syntax", 3, 1);
}

TEST(BadInput, WideCharactersCountAsOneColumn) {
  TempDir dir;
  // An emoji (4 bytes) and accented letters (2 bytes) before the error.
  std::string line = "facts { alarm : bool = false \"\xF0\x9F\x9A\xA8 \xC3\xA9l\xC3\xA8ve\" } define d = alarmm";
  LoadResult r = load_text(dir, line + "\n");
  // Characters before `alarmm`: the byte offset less the 3 + 1 + 1 extra bytes.
  EXPECT_ERROR_AT(r, "unknown-name", 1, col_of(line, "alarmm") - 5);
}

TEST(BadInput, VeryLongLine) {
  TempDir dir;
  std::string line = "define d = iep" + repeat(" or iep", 150000) + " or injry";
  LoadResult r = within(std::chrono::seconds(120), "a 1 MB line",
                        [&] { return load_text(dir, "facts { iep : bool = false }\n" + line + "\n"); });
  EXPECT_ERROR_AT(r, "unknown-name", 2, col_of(line, "injry"));
  std::string shown = guidepost::render_text(*find_rule(r, "unknown-name"), *r.sources);
  EXPECT_LT(shown.size(), 1000u);
  EXPECT_NE(shown.find("injry"), std::string::npos) << shown;
}

TEST(BadInput, EmptyAndBlankFilesAreClean) {
  TempDir dir;
  for (std::string text : {std::string(), std::string("\n\n\n"), std::string(" \t\r\n"),
                           std::string("// only a comment"), std::string("/* block */")}) {
    LoadResult r = load_text(dir, text);
    EXPECT_TRUE(r.ok()) << dump(r);
    EXPECT_TRUE(r.diagnostics.items().empty()) << dump(r);
  }
}

