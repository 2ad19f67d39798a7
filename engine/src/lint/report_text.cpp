// Text, as `guidepost check` prints: file:line:col: severity: message [rule],
// the source line, carets and help; then a summary line.
#include "guidepost/render.h"
#include "lint/report.h"

namespace guidepost::lint {
namespace {

class TextReporter final : public Reporter {
 public:
  std::string render(const Result& r) const override {
    std::string out;
    SourceSet none;
    for (auto& f : r.findings) {
      out += render_text(f.diag, f.sources ? *f.sources : none);
      out += "\n";
    }
    out += summary_line(r) + "\n";
    return out;
  }
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter() { return std::make_unique<TextReporter>(); }

}  // namespace guidepost::lint
