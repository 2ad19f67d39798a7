// The rendered document carries every clause's words and source: prose and
// rules come from one file and cannot drift apart.
#include "guidepost/policy.h"
#include "guidepost/render_document.h"
#include "test_policy.h"

namespace guidepost {
namespace {

TEST(RenderDocument, EveryClauseAndLevelAppears) {
  for (const char* p : {"minnesota-model/minnesota-model", "fairfax/fairfax", "wake/wake", "denver/denver"}) {
    LoadResult r = load_policy(std::string(GUIDEPOST_SOURCE_DIR) + "/policies/" + p + ".policy");
    ASSERT_TRUE(r.ok()) << p;
    std::string md = render_markdown(*r.model), html = render_html(*r.model);
    for (auto& a : r.model->agreements)
      for (auto& c : a.clauses) {
        EXPECT_NE(md.find("### " + c.number), std::string::npos) << p << " " << c.number;
        EXPECT_NE(md.find(c.prose), std::string::npos) << p << " " << c.number;
        EXPECT_NE(html.find("id=\"clause-" + c.number + "\""), std::string::npos) << p;
      }
    for (auto& l : r.model->levels) EXPECT_NE(md.find("| " + std::to_string(l.number) + " | "), std::string::npos);
  }
}

TEST(RenderDocument, HtmlEscapesText) {
  auto p = testing::plan_of(R"(policy "x" { title "A & B <C>" }
agreement { clause 1 { quote "Use <script> & stop" require emergency } })");
  ASSERT_TRUE(p);
  std::string html = render_html(*p->model);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("Use &lt;script&gt; &amp; stop"), std::string::npos);
  EXPECT_NE(html.find("A &amp; B &lt;C&gt;"), std::string::npos);
}

}  // namespace
}  // namespace guidepost
