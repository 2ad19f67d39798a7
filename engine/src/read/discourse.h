// Reading past one clause (see discourse.cpp): corrections, scare quotes,
// earlier grades, and behaviors that include others.
#pragma once

#include <string_view>
#include <vector>

#include "guidepost/reader.h"

namespace guidepost {

// The mentions, with what later corrections take back, scare quotes and
// sentences set in an earlier grade set aside.
std::vector<Mention> with_corrections(const Model& m, std::string_view text,
                                      const std::vector<Mention>& mentions);

// Folds behaviors read only beside a behavior that includes them, in the
// same sentence, into set-aside `included` entries.
void fold_included(const Model& m, std::string_view text, Incident& in);

}  // namespace guidepost
