// Reading files and following imports. The import graph is checked for
// cycles with Boost.Graph; files are handed to the checker imports-first.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>
#include <sstream>

#include "check/checker.h"
#include "parse/utf8.h"
#include "guidepost/policy.h"

namespace fs = std::filesystem;

namespace guidepost {
namespace {

struct ReadError {
  std::string rule, message;
};

std::optional<ReadError> read_file(const fs::path& p, std::string& out, size_t max_bytes) {
  std::error_code ec;
  auto st = fs::status(p, ec);
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels)
      return ReadError{"io-error", "symbolic link loop"};
    if (ec == std::errc::no_such_file_or_directory)
      return ReadError{"file-not-found", "no such file"};
    return ReadError{"io-error", ec.message()};
  }
  if (!fs::exists(st)) return ReadError{"file-not-found", "no such file"};
  if (fs::is_directory(st))
    return ReadError{"import-is-directory", "is a folder, not a policy file"};
  // A FIFO or device would block the read forever, or never end.
  if (!fs::is_regular_file(st))
    return ReadError{"io-error", "not a regular file"};
  // Refuse an oversized file before reading it: a huge file must not
  // exhaust memory on its way to the size check.
  if (auto size = fs::file_size(p, ec); !ec && size > max_bytes)
    return ReadError{"file-too-large", "file is " + std::to_string(size) +
                                           " bytes; a policy file may be at most " +
                                           std::to_string(max_bytes) + " bytes"};
  std::ifstream in(p, std::ios::binary);
  if (!in) return ReadError{"io-error", std::string("cannot read: ") + std::strerror(errno)};
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return ReadError{"io-error", "read failed"};
  out = ss.str();
  return std::nullopt;
}

fs::path find_root(const fs::path& entry) {
  std::error_code ec;
  fs::path dir = fs::absolute(entry, ec).parent_path();
  for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
    if (fs::exists(d / "guidepost.json", ec)) return d;
    if (d == d.parent_path()) break;
  }
  return dir;
}

bool inside(const fs::path& p, const fs::path& root) {
  auto r = root.lexically_normal().string();
  auto s = p.lexically_normal().string();
  if (!r.empty() && r.back() != '/') r += '/';
  return s.compare(0, r.size(), r) == 0;
}

class Loader {
 public:
  Loader(LoadResult& r, const LoadOptions& o, fs::path root)
      : r_(r), opts_(o), root_(std::move(root)) {}

  // Adds a file (already read) and, recursively, what it imports.
  int add(const std::string& display, const fs::path& canonical, std::string text) {
    auto sf = std::make_unique<SourceFile>();
    sf->path = display;
    sf->canonical = canonical.string();
    sf->text = std::move(text);
    sf->index_lines();
    uint32_t id = r_.sources->add(std::move(sf));
    int node = static_cast<int>(files_.size());
    by_path_[canonical.string()] = node;
    files_.push_back({id, std::nullopt});
    r_.files.push_back(display);
    files_[node].ast = parse_file(*r_.sources, id, r_.diagnostics, opts_.parse);
    if (!files_[node].ast) return node;
    // Copy: follow() may grow files_ and move the AST.
    auto imports = files_[node].ast->imports;
    auto contexts = files_[node].ast->contexts;
    auto term_files = files_[node].ast->term_files;
    fs::path dir = canonical.parent_path();
    for (auto& imp : imports) follow(node, dir, display, imp);
    for (auto& c : contexts) read_triggers(node, dir, display, c);
    for (auto& t : term_files) read_terms(node, dir, display, t);
    return node;
  }

  // Import cycles, then the files in dependency order (imports first).
  std::vector<const ast::File*> ordered() {
    using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    G g(files_.size());
    for (auto& e : edges_) boost::add_edge(e.from, e.to, g);
    struct Visitor : boost::default_dfs_visitor {
      std::vector<std::pair<int, int>>* back;
      std::vector<int>* finish;
      void back_edge(G::edge_descriptor e, const G& g) const {
        back->push_back({static_cast<int>(boost::source(e, g)),
                         static_cast<int>(boost::target(e, g))});
      }
      void finish_vertex(G::vertex_descriptor v, const G&) const {
        finish->push_back(static_cast<int>(v));
      }
    };
    std::vector<std::pair<int, int>> back;
    std::vector<int> finish;
    Visitor vis;
    vis.back = &back;
    vis.finish = &finish;
    std::vector<boost::default_color_type> colors(files_.size());
    if (!files_.empty())
      boost::depth_first_search(
          g, vis, boost::make_iterator_property_map(colors.begin(),
                                                    boost::get(boost::vertex_index, g)),
          0);
    for (auto [from, to] : back) {
      for (auto& e : edges_)
        if (e.from == from && e.to == to)
          r_.diagnostics.error("import-cycle", e.span,
                               "import cycle: " + cycle_text(from, to),
                               "move what both files need into a third file that both import");
    }
    if (!back.empty()) return {};
    std::vector<const ast::File*> out;
    for (int v : finish)
      if (files_[v].ast) out.push_back(&*files_[v].ast);
    return out;
  }

 private:
  struct Node {
    uint32_t source;
    std::optional<ast::File> ast;
  };
  struct Edge {
    int from, to;
    Span span;
  };

  std::string cycle_text(int from, int to) {
    // The path to -> ... -> from exists (that is what made the back edge).
    std::vector<int> path{to};
    std::vector<bool> seen(files_.size());
    std::function<bool(int)> dfs = [&](int v) {
      if (v == from) return true;
      seen[v] = true;
      for (auto& e : edges_)
        if (e.from == v && !seen[e.to]) {
          path.push_back(e.to);
          if (dfs(e.to)) return true;
          path.pop_back();
        }
      return false;
    };
    dfs(to);
    path.push_back(to);
    std::string s;
    for (size_t i = 0; i < path.size(); ++i) {
      if (i) s += " -> ";
      s += r_.sources->get(files_[path[i]].source)->path;
    }
    return s;
  }

  // A data file named by a policy (`context`, `terms`): read, checked for
  // UTF-8 and added to the sources so that its lines get spans. Null when
  // it cannot be read (the error is reported).
  const SourceFile* open_data_file(const fs::path& dir, const std::string& display,
                                   const ast::Import& ref, const std::string& what,
                                   uint32_t& id) {
    fs::path target = (dir / fs::path(ref.path)).lexically_normal();
    std::error_code ec;
    if (fs::path(ref.path).is_absolute() || !inside(target, fs::weakly_canonical(root_, ec))) {
      r_.diagnostics.error("import-escapes-root", ref.span,
                           what + " `" + ref.path + "` is outside the policies root");
      return nullptr;
    }
    std::string text;
    if (auto err = read_file(target, text, opts_.parse.max_bytes)) {
      if (err->rule == "file-not-found") err->rule = "import-not-found";
      r_.diagnostics.error(err->rule, ref.span,
                           "cannot read " + what + " `" + ref.path + "`: " + err->message);
      return nullptr;
    }
    // As for imports: a link must not lead out of the root (its lines would
    // be quoted back in diagnostics).
    if (!inside(fs::weakly_canonical(target, ec), fs::weakly_canonical(root_, ec))) {
      r_.diagnostics.error("import-escapes-root", ref.span,
                           what + " `" + ref.path + "` resolves (through a link) outside the "
                           "policies root");
      return nullptr;
    }
    // A byte-order mark is not part of the first word; a lone carriage
    // return (old Mac line ends) is a line end, not part of a phrase.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
    auto sf = std::make_unique<SourceFile>();
    sf->path = (fs::path(display).parent_path() / ref.path).lexically_normal().string();
    sf->canonical = fs::weakly_canonical(target, ec).string();
    sf->text = std::move(text);
    sf->index_lines();
    const SourceFile& f = *sf;
    id = r_.sources->add(std::move(sf));
    if (auto bad = first_invalid_utf8(f.text)) {
      uint32_t line, col;
      locate_byte(f.text, *bad, line, col);
      r_.diagnostics.error("invalid-utf8", {id, line, col, line, col + 1}, "invalid UTF-8");
      return nullptr;
    }
    return &f;
  }

  // A terms file: `behavior phrase` a line, the phrase being the rest of the
  // line; `#` starts a comment. Consecutive lines of one behavior become one
  // `extend behavior` with their terms, checked as if written in the policy.
  void read_terms(int node, const fs::path& dir, const std::string& display,
                  const ast::Import& ref) {
    uint32_t id = 0;
    const SourceFile* f = open_data_file(dir, display, ref, "terms file", id);
    if (!f) return;
    auto& behaviors = files_[node].ast->behaviors;
    ast::Behavior* current = nullptr;
    for (uint32_t ln = 1; ln <= f->line_starts.size(); ++ln) {
      // Views into the file: a terms file has thousands of lines.
      std::string_view line = f->line_text(ln);
      size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.remove_suffix(1);
      // Plain loops: find_first_of calls memchr once per character.
      auto blank = [](char c) { return c == ' ' || c == '\t'; };
      size_t b = 0;
      while (b < line.size() && blank(line[b])) ++b;
      if (b == line.size()) continue;
      size_t e = b;
      while (e < line.size() && !blank(line[e])) ++e;
      std::string_view name = line.substr(b, e - b);
      // A line with no phrase goes on as an empty term, for the checker to
      // report with the rest (an unknown behavior on another line, ...).
      size_t p = e;
      while (p < line.size() && blank(line[p])) ++p;
      std::string_view phrase = line.substr(p);
      uint32_t col = static_cast<uint32_t>(count_code_points(line.substr(0, p)) + 1);
      if (!current || current->name.text != name) {
        Span name_span{id, ln, static_cast<uint32_t>(b + 1), ln,
                       static_cast<uint32_t>(b + 1 + count_code_points(name))};
        behaviors.emplace_back();
        current = &behaviors.back();
        current->name = {std::string(name), name_span};
        current->extends = true;
        current->from_terms_file = true;
        current->span = name_span;
      }
      uint32_t end = col + static_cast<uint32_t>(std::max<size_t>(count_code_points(phrase), 1));
      current->terms.push_back({std::string(phrase), {id, ln, col, ln, end}});
    }
  }

  // A trigger file: one trigger a line, `id kind where phrase`, where the
  // phrase is the rest of the line; `#` starts a comment.
  void read_triggers(int node, const fs::path& dir, const std::string& display,
                     const ast::Import& ref) {
    uint32_t id = 0;
    const SourceFile* fp = open_data_file(dir, display, ref, "context file", id);
    if (!fp) return;
    const SourceFile& f = *fp;
    // Views into the file, copied only into the triggers kept.
    std::vector<std::pair<std::string_view, uint32_t>> fields;  // text, start column
    // Each id's first line: a second line with the same id would silently
    // replace the first. Another file may replace an id; one file may not.
    std::unordered_map<std::string_view, uint32_t> first_line;
    for (uint32_t ln = 1; ln <= f.line_starts.size(); ++ln) {
      std::string_view line = f.line_text(ln);
      size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      // id, kind and where are single words; the rest of the line is the phrase.
      fields.clear();
      size_t i = 0;
      while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i >= line.size()) break;
        size_t start = i;
        if (fields.size() == 3) {
          i = line.size();
        } else {
          while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        }
        std::string_view field = line.substr(start, i - start);
        while (!field.empty() && (field.back() == ' ' || field.back() == '\t')) field.remove_suffix(1);
        fields.push_back({field, static_cast<uint32_t>(start + 1)});
      }
      if (fields.empty()) continue;
      auto at = [&](size_t k) {
        uint32_t c = fields[k].second;
        return Span{id, ln, c, ln, c + count_code_points(fields[k].first)};
      };
      // Claimed only by a line that is kept, so that the message names a
      // line that defined the id.
      auto claim = [&]() {
        auto [it, fresh] = first_line.try_emplace(fields[0].first, ln);
        if (!fresh)
          r_.diagnostics.error("context-file", at(0),
                               "trigger `" + std::string(fields[0].first) + "` is already defined on line " +
                                   std::to_string(it->second) + " of this file",
                               "give each trigger its own id; a district's own file may replace one");
        return fresh;
      };
      if (fields.size() == 2 && fields[1].first == "off") {
        if (!claim()) continue;
        files_[node].ast->triggers.push_back({std::string(fields[0].first), "off", "", "", at(0), at(0)});
        continue;
      }
      if (fields.size() != 4) {
        r_.diagnostics.error("context-file", at(0),
                             "expected 4 fields (id, kind, where, phrase), found " +
                                 std::to_string(fields.size()),
                             "write `id kind where phrase`; `ID off` turns a trigger off");
        continue;
      }
      // Kind and direction are checked here, so that one run reports every
      // bad line of the file.
      static const std::vector<std::string> kinds = {
          "negated", "hypothetical", "historical", "other_person", "disputed",
          "correction", "repeated", "lookalike", "pseudo", "terminator"};
      const std::string kind(fields[1].first);
      const std::string_view where = fields[2].first;
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        std::string near = closest_name(kind, kinds);
        r_.diagnostics.error("context-file", at(1), "unknown trigger kind `" + kind + "`",
                             near.empty() ? "kinds: negated, hypothetical, historical, other_person, "
                                            "disputed, correction, repeated, lookalike, pseudo, terminator"
                                          : "did you mean `" + near + "`?");
        continue;
      }
      bool scoped = kind != "lookalike" && kind != "pseudo" && kind != "terminator";
      if (scoped ? (where != "before" && where != "after") : where != "-") {
        r_.diagnostics.error("context-file", at(2), "trigger `" + std::string(fields[0].first) + "`: where is `" + std::string(where) + "`",
                             scoped ? "a " + kind + " trigger comes `before` or `after` the words it scopes"
                                    : "a " + kind + " trigger scopes nothing: write `-`");
        continue;
      }
      if (!claim()) continue;
      files_[node].ast->triggers.push_back(
          {std::string(fields[0].first), kind, std::string(where), std::string(fields[3].first), at(1),
           at(3)});
    }
  }

  void follow(int node, const fs::path& dir, const std::string& display,
              const ast::Import& imp) {
    fs::path rel(imp.path);
    if (imp.path.empty()) {
      r_.diagnostics.error("import-not-found", imp.span, "empty import path");
      return;
    }
    if (rel.is_absolute()) {
      r_.diagnostics.error("import-escapes-root", imp.span,
                           "import `" + imp.path + "` is an absolute path",
                           "import with a path relative to this file");
      return;
    }
    fs::path target = (dir / rel).lexically_normal();
    std::error_code ec;
    fs::path root = fs::weakly_canonical(root_, ec);
    if (!inside(target, root)) {
      r_.diagnostics.error("import-escapes-root", imp.span,
                           "import `" + imp.path + "` leaves the policies root",
                           "policies may import only files under their root (the folder "
                           "with guidepost.json)");
      return;
    }
    std::string text;
    if (auto err = read_file(target, text, opts_.parse.max_bytes)) {
      // 6. Say what failed in the words of the import.
      if (err->rule == "file-not-found") err->rule = "import-not-found";
      r_.diagnostics.error(err->rule, imp.span,
                           "cannot import `" + imp.path + "`: " + err->message);
      return;
    }
    fs::path canonical = fs::weakly_canonical(target, ec);
    if (!inside(canonical, root)) {
      r_.diagnostics.error("import-escapes-root", imp.span,
                           "import `" + imp.path + "` resolves (through a link) outside "
                           "the policies root");
      return;
    }
    int to;
    if (auto it = by_path_.find(canonical.string()); it != by_path_.end()) {
      to = it->second;
    } else {
      fs::path shown = (fs::path(display).parent_path() / rel).lexically_normal();
      to = add(shown.string(), canonical, std::move(text));
    }
    edges_.push_back({node, to, imp.span});
  }

  LoadResult& r_;
  const LoadOptions& opts_;
  fs::path root_;
  std::vector<Node> files_;
  std::vector<Edge> edges_;
  std::map<std::string, int> by_path_;
};

// The loader holds a reference to `r`: finish it in place.
void finish(LoadResult& r, Loader& loader) {
  auto files = loader.ordered();
  if (r.diagnostics.has_errors()) {
    r.diagnostics.sort(*r.sources);
    return;
  }
  auto model = check_files(files, *r.sources, r.diagnostics);
  r.diagnostics.sort(*r.sources);
  if (!r.diagnostics.has_errors()) r.model = std::move(model);
}

}  // namespace

LoadResult load_policy(const std::string& path, const LoadOptions& options) {
  LoadResult r;
  std::string text;
  if (auto err = read_file(path, text, options.parse.max_bytes)) {
    auto& d = r.diagnostics.error(err->rule == "import-is-directory" ? "io-error" : err->rule,
                                  {}, err->message);
    d.path = path;
    return r;
  }
  fs::path root = options.root.empty() ? find_root(path) : fs::path(options.root);
  std::error_code ec;
  Loader loader(r, options, fs::absolute(root, ec));
  loader.add(path, fs::weakly_canonical(fs::absolute(path, ec), ec), std::move(text));
  finish(r, loader);
  return r;
}

LoadResult load_policy_text(const std::string& name, std::string text,
                            const LoadOptions& options) {
  LoadResult r;
  std::error_code ec;
  fs::path root = options.root.empty() ? fs::current_path(ec) : fs::path(options.root);
  Loader loader(r, options, fs::absolute(root, ec));
  loader.add(name, fs::absolute(root / name, ec).lexically_normal(), std::move(text));
  finish(r, loader);
  return r;
}

std::vector<std::string> expand_policy_paths(const std::string& path, Diagnostics& diags) {
  std::vector<std::string> out;
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    auto& d = diags.error(ec == std::errc::too_many_symbolic_link_levels ? "io-error"
                                                                        : "file-not-found",
                          {}, ec == std::errc::too_many_symbolic_link_levels
                                  ? "symbolic link loop"
                                  : "no such file or folder");
    d.path = path;
    return out;
  }
  if (!fs::is_directory(st)) return {path};
  // Links to folders are not followed: that is how a link loop would hang.
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec),
      end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code fec;
    if (it->is_regular_file(fec) && it->path().extension() == ".policy")
      out.push_back(it->path().string());
    else if (it->is_symlink(fec) && it->path().extension() == ".policy")
      out.push_back(it->path().string());  // load_policy reports a broken link
  }
  if (ec) {
    auto& d = diags.error("io-error", {}, "cannot list folder: " + ec.message());
    d.path = path;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace guidepost
