// The code of conduct and the agreement as a readable document, generated
// from the checked policy (guidepost render).
#pragma once

#include <string>

#include "guidepost/model.h"

namespace guidepost {

std::string render_markdown(const Model& m);
std::string render_html(const Model& m);

}  // namespace guidepost
