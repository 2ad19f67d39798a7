// Reading numbers a `recognize` rule asks for (grade, count, dollars): the
// token range and value of each, before context is applied.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "guidepost/model.h"
#include "read/text.h"

namespace guidepost::read {

struct NumberHit {
  size_t first, last;  // tokens, inclusive
  int fact;
  int64_t value;
};

std::vector<NumberHit> read_numbers(const std::vector<const RecognizeDef*>& extractors,
                                    const Model& model, std::string_view text,
                                    const std::vector<Token>& toks, const std::string& norm);

}  // namespace guidepost::read
