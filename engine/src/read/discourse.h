// Reading past one clause (see discourse.cpp): corrections, scare quotes,
// earlier grades, repetition, yes/no facts said both ways, and behaviors
// that include others.
#pragma once

#include <string_view>
#include <vector>

#include "guidepost/reader.h"

namespace guidepost {

// The mentions as the whole description settles them: behaviors said to go
// on over time read as the behavior that repeats them; scare quotes and
// sentences set in an earlier grade set aside; what later corrections take
// back marked corrected; yes/no facts said both ways marked conflicting.
std::vector<Mention> read_across_clauses(const Model& m, std::string_view text,
                                         const std::vector<Mention>& mentions);

// Folds behaviors read only beside a behavior that includes them, in the
// same sentence, into set-aside `included` entries.
void fold_included(const Model& m, std::string_view text, Incident& in);

}  // namespace guidepost
