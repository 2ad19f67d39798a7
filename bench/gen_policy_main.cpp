// gen_policy BEHAVIORS CLAUSES > file.policy
#include <cstdio>
#include <cstdlib>
#include <string>

#include "generated_policy.h"

int main(int argc, char** argv) {
  int b = argc > 1 ? std::atoi(argv[1]) : 1000;
  int c = argc > 2 ? std::atoi(argv[2]) : 2000;
  std::string s = guidepost::bench::generated_policy(b, c);
  std::fwrite(s.data(), 1, s.size(), stdout);
}
