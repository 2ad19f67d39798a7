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
  } catch (const std::exception& e) {
    std::cerr << "guidepost: internal error: " << e.what() << "\n";
    return 3;
  }
  return kExitUsage;
}
