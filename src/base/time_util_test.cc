#include "base/time_util.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

struct IsoCase {
  const char* input;
  std::optional<int64_t> expected;
};

TEST(TimeUtil, ParsesIso8601Forms) {
  // Expected values computed independently: 2019-11-01T00:32:00Z = 1572568320 (the Telegram
  // sample's own "timestamp" field for the same article).
  const IsoCase cases[] = {
      {"2019-11-01T00:32:00+00:00", 1572568320},
      {"2019-11-01T00:32:00Z", 1572568320},
      {"2019-11-01T03:32:00+03:00", 1572568320},
      {"2019-11-01T03:32:00+0300", 1572568320},
      {"2019-11-01 00:32", 1572568320},
      {"2019-11-01T00:32:00.123Z", 1572568320},
      {"1970-01-01", 0},
      {"2000-03-01", 951868800},
      {"  2019-11-01  ", 1572566400},
      {"2019-13-01", std::nullopt},
      {"2019-11-01T25:00", std::nullopt},
      {"01/11/2019", std::nullopt},
      {"", std::nullopt},
      {"2019-11-01garbage", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ParseIso8601(c.input), c.expected) << c.input;
  }
}

TEST(TimeUtil, FormatsRoundTrip) {
  EXPECT_EQ(FormatIso8601(1572568320), "2019-11-01T00:32:00Z");
  EXPECT_EQ(FormatIso8601(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatIso8601(951868800), "2000-03-01T00:00:00Z");
  for (int64_t t : {-86401LL, 1LL, 1234567890LL, 4102444800LL}) {
    EXPECT_EQ(ParseIso8601(FormatIso8601(t)), t);
  }
}

}  // namespace
}  // namespace storyline
