// guidepost: the command line. Parses arguments and hands each subcommand to
// its own file; nothing here decides anything.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  using namespace guidepost::cli;
  CLI::App app{"guidepost: school discipline and SRO agreements, executable"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("guidepost 0.1.0"));

  CheckArgs check;
  auto* c = app.add_subcommand("check", "Check policy files for errors");
  c->add_option("paths", check.paths, "Policy files or folders")->required();
  c->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  c->add_option("--root", check.root, "Policies root (imports stay inside it)");
  c->add_flag("--werror", check.werror, "Fail on warnings too");

  EvalArgs eval;
  auto* e = app.add_subcommand("eval", "Decide incidents given as JSON facts");
  e->add_option("-p,--policy", eval.policy, "Policy file")->required();
  e->add_option("input", eval.input, "Incident file: .json (one) or .jsonl (one per line); - for stdin");
  e->add_option("--format", eval.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  e->add_option("--explain", eval.explain, "Explanation depth")
      ->check(CLI::IsMember({"none", "summary", "fails", "full"}));
  e->add_flag("--jsonl", eval.jsonl, "Read JSON lines (one incident per line)");
  auto* text_opt = e->add_option("--text", eval.text, "A plain-English description of the incident");
  e->add_option("--text-file", eval.text_file, "A file holding a plain-English description")
      ->excludes(text_opt);
  e->add_option("--threads", eval.threads, "Worker threads for batches (default: one per core)")
      ->check(CLI::Range(0, 64));

  TestArgs test;
  auto* t = app.add_subcommand("test", "Run a policy's own tests");
  t->add_option("paths", test.paths, "Policy files or folders")->required();
  t->add_option("--format", test.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  t->add_option("--explain", test.explain, "Explanation depth for failures")
      ->check(CLI::IsMember({"summary", "fails", "full"}));
  t->add_flag("--coverage", test.coverage, "List clauses and behaviors no test exercises");

  RubricArgs rubric;
  auto* r = app.add_subcommand(
      "rubric", "List the clauses covering each SECURe step and clause kind, and the gaps");
  r->add_option("policy", rubric.policy, "Policy file")->required();
  r->add_option("--format", rubric.format, "Output format")->check(CLI::IsMember({"text", "json"}));

  CorpusArgs corpus;
  auto* co = app.add_subcommand("corpus", "Score the description reader on a labelled corpus");
  co->add_option("-p,--policy", corpus.policy, "Policy file")->required();
  co->add_option("file", corpus.file, "Labelled corpus (JSON lines)")->required();
  co->add_flag("-v,--verbose", corpus.verbose, "List every miss");

  FmtArgs fmt;
  auto* fm = app.add_subcommand("fmt", "Rewrite policies in the canonical layout");
  fm->add_option("paths", fmt.paths, "Policy files or folders")->required();
  fm->add_flag("--check", fmt.check, "Change nothing; exit 1 and name the files that would change");
  fm->add_flag("--diff", fmt.diff, "Change nothing; print a unified diff");

  LintArgs lint;
  auto* li = app.add_subcommand("lint", "Find likely mistakes and risky clauses in policies");
  li->add_option("paths", lint.paths, "Policy files or folders")->required();
  li->add_option("--format", lint.format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  li->add_option("--fail-level", lint.fail_level, "Lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning"}));
  li->add_option("--config", lint.config, "Lint configuration (default: guidepost.json at the policies root)");

  RenderArgs render;
  auto* re = app.add_subcommand("render", "The policy as a readable document");
  re->add_option("policy", render.policy, "Policy file")->required();
  re->add_option("--format", render.format, "md or html")->check(CLI::IsMember({"md", "html"}));

  DiffArgs diff;
  auto* di = app.add_subcommand("diff", "The incidents two policies decide differently");
  di->add_option("old", diff.old_policy, "The old policy")->required();
  di->add_option("new", diff.new_policy, "The new policy")->required();
  di->add_option("--format", diff.format, "Output format")->check(CLI::IsMember({"text", "json", "md"}));

  AnalyzeArgs analyze;
  auto* an = app.add_subcommand("analyze", "Gaps, dead clauses and conflicts in an agreement");
  an->add_option("policy", analyze.policy, "Policy file")->required();
  an->add_option("--format", analyze.format, "Output format")->check(CLI::IsMember({"text", "json"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  try {
    if (c->parsed()) return run_check(check);
    if (e->parsed()) return run_eval(eval);
    if (co->parsed()) return run_corpus(corpus);
    if (fm->parsed()) return run_fmt(fmt);
    if (re->parsed()) return run_render(render);
    if (di->parsed()) return run_diff(diff);
    if (an->parsed()) return run_analyze(analyze);
    if (li->parsed()) return run_lint(lint);
    if (t->parsed()) return run_test(test);
    if (r->parsed()) return run_rubric(rubric);
  } catch (const std::exception& e) {
    std::cerr << "guidepost: internal error: " << e.what() << "\n";
    return 3;
  }
  return kExitUsage;
}
