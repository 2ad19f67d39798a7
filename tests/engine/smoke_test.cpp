#include <gtest/gtest.h>
#include "guidepost/policy.h"
TEST(Smoke, Loads) { EXPECT_TRUE(true); }
