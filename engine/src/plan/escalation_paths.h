#pragma once
#include "guidepost/plan.h"
namespace guidepost {
void compute_escalation_paths(Plan& p);
}
