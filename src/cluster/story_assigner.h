// StoryAssigner: incremental (single-pass) story clustering.
//
// Articles arrive in publication order. Each one is compared with the stories that share its
// rarest terms (an inverted index, so the cost per article does not grow with the number of
// stories) and joins the best one if the similarity clears the threshold, else starts a story.
// Story ids are stable: assigned at creation, never reused or renumbered.
// Thread safety: not thread safe; one writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace storyline {

struct ClusterOptions;  // defined in cluster/cluster_options.h

// What the assigner sees of one article.
struct ClusterDoc {
  std::size_t index = 0;                // the engine's article index
  std::optional<int64_t> time;          // publication time, Unix seconds; nullopt: unknown
  std::string lang;                     // ISO 639-1 or "und"
  const AnalyzedText* title = nullptr;  // may be empty, never null
  const AnalyzedText* body = nullptr;   // never null
};

struct Assignment {
  uint64_t story_id = 0;
  bool new_story = false;
  double similarity = 0.0;  // to the chosen story (0 when new)
};

struct StoryGroup {
  uint64_t id = 0;
  std::vector<std::size_t> members;  // article indices in arrival order
};

}  // namespace storyline
