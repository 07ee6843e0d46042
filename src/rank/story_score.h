// Story importance for ranking stories (tgnews "top", the reader's front page).
//
//   importance = ln(1 + articles) + source_weight · ln(1 + distinct sources)
//   score      = importance · max(0.5^(age / half_life), age_floor),
//   age        = now − (first_time + last_time) / 2
//
// Size and source diversity grow the score with diminishing returns (a story that 40 outlets
// cover beats one outlet's 40 reposts). Age is taken at the story's midpoint so one late
// straggler does not make an old story look fresh. The floor keeps old stories ranked by
// importance among themselves: without it a multi-year archive scores every story but the
// newest few as 0. The decay factor is 1 when `now`, both
// times, or the half-life is absent/non-positive; a negative age (clock skew) counts as 0.
// distinct_sources is clamped to article_count; an empty story scores 0.
// Thread safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace storyline {

struct StoryStats {
  std::size_t article_count = 0;     // members of the story
  std::size_t distinct_sources = 0;  // distinct Article::source values among them
  std::optional<int64_t> first_time;  // earliest member publication, Unix seconds; nullopt: unknown
  std::optional<int64_t> last_time;   // latest member publication, Unix seconds; nullopt: unknown
  std::optional<int64_t> now;  // latest publication time in the whole batch ("now"); nullopt: unknown
};

struct StoryScoreOptions {
  // The score halves every this many hours of story age. <= 0 disables decay. Default 24 h:
  // a day-old story needs twice the coverage to rank with a fresh one.
  double half_life_hours = 24.0;
  // Weight of ln(1 + distinct sources) against ln(1 + articles). Default 1: diversity matters as
  // much as volume; raise it to punish single-outlet floods harder.
  double source_weight = 1.0;
  // The decay factor never falls below this. Default 0.01: after ~6.6 half-lives (a week at
  // 24 h) age stops mattering and stories rank by importance alone. 0 lets old stories reach 0.
  double age_floor = 0.01;
};

// The importance of a story; >= 0, higher ranks first.
double ScoreStory(const StoryStats& stats, const StoryScoreOptions& options = {});

}  // namespace storyline
