#include "rank/story_score.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ostream>

namespace storyline {
namespace {

constexpr int64_t kHour = 3600;
constexpr int64_t kNow = 1'600'000'000;

StoryStats Stats(std::size_t articles, std::size_t sources, int64_t age_hours) {
  StoryStats stats;
  stats.article_count = articles;
  stats.distinct_sources = sources;
  stats.first_time = kNow - age_hours * kHour;
  stats.last_time = kNow - age_hours * kHour;
  stats.now = kNow;
  return stats;
}

struct OrderCase {
  const char* name;
  StoryStats higher;
  StoryStats lower;
};

const OrderCase kOrderCases[] = {
    {"BiggerWins", Stats(20, 5, 1), Stats(5, 5, 1)},
    {"MoreDiverseWins", Stats(10, 10, 1), Stats(10, 2, 1)},
    {"FresherWins", Stats(10, 5, 1), Stats(10, 5, 30)},
    {"ManySourcesBeatOneSourceFlood", Stats(12, 12, 1), Stats(40, 1, 1)},
    {"BigOldBeatsTinyFresh", Stats(50, 30, 12), Stats(2, 2, 0)},
    {"AnyStoryBeatsEmpty", Stats(1, 1, 100), Stats(0, 0, 0)},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const OrderCase& c, std::ostream* os) { *os << c.name; }

class StoryScoreOrderTest : public ::testing::TestWithParam<OrderCase> {};

TEST_P(StoryScoreOrderTest, HigherScoresHigher) {
  EXPECT_GT(ScoreStory(GetParam().higher), ScoreStory(GetParam().lower));
}

INSTANTIATE_TEST_SUITE_P(Stories, StoryScoreOrderTest, ::testing::ValuesIn(kOrderCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(StoryScoreTest, HalvesEveryHalfLife) {
  const double fresh = ScoreStory(Stats(10, 4, 0));
  EXPECT_NEAR(ScoreStory(Stats(10, 4, 24)), fresh / 2, 1e-9);
  EXPECT_NEAR(ScoreStory(Stats(10, 4, 48)), fresh / 4, 1e-9);
  StoryScoreOptions options;
  options.half_life_hours = 6;
  EXPECT_NEAR(ScoreStory(Stats(10, 4, 12), options), fresh / 4, 1e-9);
}

TEST(StoryScoreTest, DecaysMonotonicallyWithAge) {
  double previous = ScoreStory(Stats(8, 3, 0));
  for (int64_t hours = 1; hours <= 72; ++hours) {
    const double score = ScoreStory(Stats(8, 3, hours));
    EXPECT_LT(score, previous) << hours;
    previous = score;
  }
}

// Regression: on a multi-year archive every story but the newest scored 0, so their order was
// arbitrary.
TEST(StoryScoreTest, OldStoriesStillRankByImportance) {
  const int64_t years = 5 * 365 * 24;
  const double big = ScoreStory(Stats(10, 5, years));
  const double small = ScoreStory(Stats(2, 2, years));
  EXPECT_GT(small, 0.0);
  EXPECT_GT(big, small);
  EXPECT_NEAR(big, ScoreStory(Stats(10, 5, 0)) * 0.01, 1e-12);  // the default floor
  StoryScoreOptions no_floor;
  no_floor.age_floor = 0;
  EXPECT_EQ(ScoreStory(Stats(10, 5, years), no_floor), 0.0);
}

TEST(StoryScoreTest, AgeIsMeasuredFromTheMidpoint) {
  StoryStats stats = Stats(10, 4, 0);
  stats.first_time = kNow - 48 * kHour;  // midpoint 24 h ago
  EXPECT_NEAR(ScoreStory(stats), ScoreStory(Stats(10, 4, 0)) / 2, 1e-9);
}

TEST(StoryScoreTest, UnknownTimesAndFutureTimesDoNotDecay) {
  const double fresh = ScoreStory(Stats(10, 4, 0));
  StoryStats no_now = Stats(10, 4, 100);
  no_now.now.reset();
  StoryStats no_time = Stats(10, 4, 100);
  no_time.first_time.reset();
  no_time.last_time.reset();
  StoryStats future = Stats(10, 4, -5);
  StoryScoreOptions no_decay;
  no_decay.half_life_hours = 0;
  EXPECT_DOUBLE_EQ(ScoreStory(no_now), fresh);
  EXPECT_DOUBLE_EQ(ScoreStory(no_time), fresh);
  EXPECT_DOUBLE_EQ(ScoreStory(future), fresh);
  EXPECT_DOUBLE_EQ(ScoreStory(Stats(10, 4, 100), no_decay), fresh);
}

TEST(StoryScoreTest, FormulaAndClamping) {
  EXPECT_DOUBLE_EQ(ScoreStory(Stats(3, 2, 0)), std::log(4.0) + std::log(3.0));
  EXPECT_DOUBLE_EQ(ScoreStory(Stats(3, 9, 0)), ScoreStory(Stats(3, 3, 0)));  // sources ≤ articles
  EXPECT_EQ(ScoreStory(StoryStats{}), 0.0);
}

}  // namespace
}  // namespace storyline
