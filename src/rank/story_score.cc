#include "rank/story_score.h"

#include <algorithm>
#include <cmath>

namespace storyline {
namespace {

double DecayFactor(const StoryStats& stats, const StoryScoreOptions& options) {
  if (!stats.now || !stats.first_time || !stats.last_time || !(options.half_life_hours > 0)) {
    return 1.0;
  }
  // Halves before adding so that times near the int64 limits cannot overflow.
  const double midpoint = static_cast<double>(*stats.first_time) / 2 +
                          static_cast<double>(*stats.last_time) / 2;
  const double age_hours = std::max(0.0, (static_cast<double>(*stats.now) - midpoint) / 3600.0);
  return std::max(std::exp2(-age_hours / options.half_life_hours), std::max(0.0, options.age_floor));
}

}  // namespace

double ScoreStory(const StoryStats& stats, const StoryScoreOptions& options) {
  if (stats.article_count == 0) return 0.0;
  const std::size_t sources = std::min(stats.distinct_sources, stats.article_count);
  const double importance = std::log1p(static_cast<double>(stats.article_count)) +
                            std::max(0.0, options.source_weight) *
                                std::log1p(static_cast<double>(sources));
  return importance * DecayFactor(stats, options);
}

}  // namespace storyline
