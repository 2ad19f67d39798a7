// The lint driver: runs every enabled rule on each load, applies the
// suppression comments of the files it read, and merges findings from loads
// that share files.
#include "guidepost/lint.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "lint/context.h"
#include "lint/suppress.h"

namespace guidepost::lint {

std::string Finding::path() const {
  const SourceFile* f = diag.span.known() && sources ? sources->get(diag.span.file) : nullptr;
  return f ? f->path : diag.path;
}

std::string Finding::canonical() const {
  const SourceFile* f = diag.span.known() && sources ? sources->get(diag.span.file) : nullptr;
  return f ? f->canonical : diag.path;
}

size_t Result::count(Severity s) const {
  return std::count_if(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.diag.severity == s; });
}

int Result::exit_code(Severity fail_level) const {
  if (failed_to_check) return 1;
  for (auto& f : findings) {
    if (f.diag.severity == Severity::Error) return 1;
    if (f.diag.severity == Severity::Warning && fail_level == Severity::Warning) return 1;
  }
  return 0;
}

namespace {

bool is_policy_source(const SourceFile& f) {
  const std::string& p = f.canonical.empty() ? f.path : f.canonical;
  return p.size() >= 7 && p.compare(p.size() - 7, 7, ".policy") == 0;
}

}  // namespace

struct Linter::Impl {
  Options options;
  std::vector<Finding> findings;
  std::set<std::tuple<std::string, uint32_t, uint32_t, std::string, std::string>> seen;
  size_t files = 0, failed = 0;

  struct FileSuppressions {
    std::vector<Suppression> list;
    std::vector<uint8_t> used;
    std::shared_ptr<const SourceSet> sources;  // the spans point into it
    Config config;                             // of the first load that read the file
    std::set<std::string> applicable;          // rules that looked at the file
  };
  std::map<std::string, FileSuppressions> suppressions;  // by canonical path

  void emit(Finding f) {
    auto key = std::make_tuple(f.canonical(), f.diag.span.line, f.diag.span.col, f.diag.rule,
                               f.diag.message);
    if (!seen.insert(key).second) return;
    findings.push_back(std::move(f));
  }

  // True when a suppression comment takes the finding.
  bool suppressed(const Diagnostic& d, const SourceSet& sources) {
    const SourceFile* f = d.span.known() ? sources.get(d.span.file) : nullptr;
    if (!f) return false;
    auto it = suppressions.find(f->canonical);
    if (it == suppressions.end()) return false;
    auto& fs = it->second;
    bool hit = false;
    for (size_t i = 0; i < fs.list.size(); ++i)
      if (fs.list[i].rule == d.rule && fs.list[i].target == d.span.line) {
        fs.used[i] = 1;
        hit = true;
      }
    return hit;
  }
};

Linter::Linter(Options options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
Linter::~Linter() = default;

void Linter::add(const LoadResult& r, const Config& config) {
  Impl& im = *impl_;
  ++im.files;
  std::shared_ptr<const SourceSet> sources = r.sources;
  if (!r.ok()) {
    ++im.failed;
    for (auto& d : r.diagnostics.items()) im.emit({d, sources, true});
    return;
  }
  auto plan = compile_plan(r.model);
  Context ctx(r, plan, im.options);

  std::vector<std::string> files;  // canonical paths of the policy files read
  for (uint32_t i = 0; i < sources->size(); ++i) {
    const SourceFile* f = sources->get(i);
    if (!f || !is_policy_source(*f)) continue;
    files.push_back(f->canonical);
    auto [it, fresh] = im.suppressions.try_emplace(f->canonical);
    if (fresh) {
      it->second.list = find_suppressions(*f, i);
      it->second.used.assign(it->second.list.size(), 0);
      it->second.sources = sources;
      it->second.config = config;
    }
  }

  for (auto* rule : rules()) {
    const RuleInfo& info = rule->info();
    if (!config.enabled(info.id)) continue;
    if (!rule->applies(ctx)) continue;
    for (auto& c : files) im.suppressions[c].applicable.insert(info.id);
    Sink sink(info, config.severity(info));
    rule->check(ctx, sink);
    for (auto& d : sink.items())
      if (!im.suppressed(d, *sources)) im.emit({d, sources, false});
  }
}

Result Linter::finish() {
  Impl& im = *impl_;
  for (auto& [path, fs] : im.suppressions) {
    const Config& cfg = fs.config;
    for (size_t i = 0; i < fs.list.size(); ++i) {
      const Suppression& s = fs.list[i];
      if (s.reason.empty() && !s.rule.empty() && cfg.enabled(kSuppressionWithoutReason))
        im.emit({suppression_without_reason(
                     s, cfg.severity(find_rule(kSuppressionWithoutReason)->info())),
                 fs.sources, false});
      if (fs.used[i] || !cfg.enabled(kUnusedSuppression)) continue;
      const Rule* target = s.rule.empty() ? nullptr : find_rule(s.rule);
      // A suppression of a rule that is off, or that had nothing to look at
      // in any policy that read this file, is not judged.
      if (target && (!cfg.enabled(s.rule) || !fs.applicable.count(s.rule))) continue;
      im.emit({unused_suppression(s, cfg.severity(find_rule(kUnusedSuppression)->info())),
               fs.sources, false});
    }
  }
  Result out;
  out.files = im.files;
  out.failed_to_check = im.failed;
  out.findings = std::move(im.findings);
  std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(a.path(), a.diag.span.line, a.diag.span.col, a.diag.rule,
                           a.diag.message) < std::make_tuple(b.path(), b.diag.span.line,
                                                             b.diag.span.col, b.diag.rule,
                                                             b.diag.message);
  });
  im.findings.clear();
  im.seen.clear();
  return out;
}

Result lint_text(const std::string& name, std::string text, const Config& config,
                 const Options& options) {
  LoadResult r = load_policy_text(name, std::move(text));
  Linter l(options);
  l.add(r, config);
  return l.finish();
}

}  // namespace guidepost::lint
