// Reading whom a behavior is aimed at: the `aimed_at_staff` reader of a
// `recognize` rule ("threw a punch at his teacher", "bit the para",
// "the sub got cussed out by a 10th grader").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/numbers.h"
#include "read/text.h"

namespace guidepost::read {

// `behaviors` are the token ranges of the behavior phrases found; each hit
// spans the phrase and the staff word it is aimed at, with value 1.
std::vector<NumberHit> read_staff_targets(int fact, std::string_view text,
                                          const std::vector<Token>& toks, const std::string& norm,
                                          const std::vector<std::pair<size_t, size_t>>& behaviors);

}  // namespace guidepost::read
